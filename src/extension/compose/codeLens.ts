// Code lenses above each service: live state ("running 1/1 · healthy · 8080→80", "exited (1)", "not created")
// and actions. State comes from the engine and is refreshed by container events, never by polling.
import * as vscode from 'vscode';
import { serviceStates, type ServiceState } from '../../core/compose/states';
import { modelOf } from '../../core/compose/model';
import { buildableServices } from '../../core/build/composeBuild';
import type { Services } from '../services';
import { targetForFile } from './target';

const t = vscode.l10n.t;
const EVENT_DEBOUNCE_MS = 250;

export class ServiceLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private timer?: NodeJS.Timeout;

  constructor(private readonly services: Services) {
    this.disposables.push(services.onDidChangeEngine(() => this.changed.fire()));
    const sub = services.monitor.onEvent((e) => {
      if (e.type === 'container') this.refreshSoon();
    });
    const health = services.monitor.onHealth(() => this.changed.fire());
    this.disposables.push({
      dispose: () => {
        sub.dispose();
        health.dispose();
      },
    });
  }

  private refreshSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), EVENT_DEBOUNCE_MS);
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    if (doc.uri.scheme !== 'file') return [];
    let model;
    try {
      model = modelOf(doc.getText());
    } catch {
      return [];
    }
    if (!model.decls.service.length) return [];
    let target;
    try {
      target = targetForFile(doc.uri.fsPath);
    } catch {
      return [];
    }
    let states: Map<string, ServiceState> | undefined;
    try {
      const containers = await this.services.engine.listContainers({
        all: true,
        filters: { label: [`com.docker.compose.project=${target.project.name}`] },
      });
      states = serviceStates(
        target.project.name,
        model.decls.service.map((d) => d.name),
        containers,
      );
    } catch {
      states = undefined;
    }
    const uri = doc.uri.toString();
    const buildable = new Set(buildableServices(doc.getText()));
    const lenses: vscode.CodeLens[] = [];
    for (const svc of model.decls.service) {
      if (svc.entry.merged || !svc.entry.keyNode.range) continue;
      const pos = doc.positionAt(svc.entry.keyNode.range[0]);
      const range = new vscode.Range(pos, pos);
      const state = states?.get(svc.name);
      lenses.push(
        new vscode.CodeLens(range, {
          title: state ? `$(${icon(state)}) ${state.label}` : t('engine unreachable'),
          command: 'stevedore.compose.logsService',
          arguments: [uri, svc.name],
          tooltip: t('Follow the logs of {0}', svc.name),
        }),
      );
      if (vscode.workspace.isTrusted) {
        if (buildable.has(svc.name))
          lenses.push(
            new vscode.CodeLens(range, {
              title: t('Build'),
              command: 'stevedore.image.build',
              arguments: [{ composeFile: doc.uri.fsPath, service: svc.name }],
              tooltip: t('Build {0} with BuildKit from its build: section', svc.name),
            }),
          );
        if (state?.kind !== 'running')
          lenses.push(
            new vscode.CodeLens(range, {
              title: t('▶ Up'),
              command: 'stevedore.compose.upService',
              arguments: [uri, svc.name],
            }),
          );
        if (state && state.kind !== 'notCreated' && state.kind !== 'exited')
          lenses.push(
            new vscode.CodeLens(range, {
              title: t('■ Stop'),
              command: 'stevedore.compose.stopService',
              arguments: [uri, svc.name],
            }),
          );
        if (state && state.kind !== 'notCreated')
          lenses.push(
            new vscode.CodeLens(range, {
              title: t('Logs'),
              command: 'stevedore.compose.logsService',
              arguments: [uri, svc.name],
            }),
          );
        if (state?.kind === 'running' || state?.kind === 'partial')
          lenses.push(
            new vscode.CodeLens(range, {
              title: t('Shell'),
              command: 'stevedore.compose.shellService',
              arguments: [uri, svc.name],
            }),
          );
      }
    }
    return lenses;
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.changed.dispose();
  }
}

function icon(s: ServiceState): string {
  switch (s.kind) {
    case 'running':
      return s.label.includes('unhealthy') ? 'warning' : 'pass-filled';
    case 'partial':
    case 'restarting':
      return 'warning';
    case 'exited':
      return 'error';
    case 'paused':
      return 'debug-pause';
    default:
      return 'circle-outline';
  }
}
