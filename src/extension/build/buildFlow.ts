// One build from the editor: the form, progress per step (cancellable), the whole log in an output channel, the
// failing instruction as a diagnostic at its line, and a history record that the layer annotations read.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { emptyForm, type BuildForm } from '../../core/build/buildForm';
import { dockerfileShape } from '../../core/build/dockerfileStages';
import { addBuild, readHistory, type BuildRecord } from '../../core/build/history';
import { instructionKey } from '../../core/build/layers';
import { builderKind, chooseBuilder, runBuild, type BuildOutcome } from '../../core/build/runBuild';
import { stripAnsiCodes } from '../../core/commands/ansi';
import { buildFailureText, openAtLine } from '../../core/messages/buildFailure';
import type { Services } from '../services';
import { editForm, formKey } from './formPick';
import { BUILD_FORMS_CHANGED_COMMAND } from '../../shared/lintProtocol';

const t = vscode.l10n.t;
export const historyKey = 'stevedore.build.history';

export interface BuildUi {
  channel: vscode.OutputChannel;
  diagnostics: vscode.DiagnosticCollection;
  /** fires after each build with its record (layer annotations refresh) */
  onBuilt: vscode.EventEmitter<BuildRecord>;
  /** what the last build wrote to the channel (plain text: terminal escapes removed) */
  lastLog: string[];
}

const maxLogLines = 10_000;

export function createBuildUi(services: Services): BuildUi {
  const ui: BuildUi = {
    channel: vscode.window.createOutputChannel('Stevedore: Build'),
    diagnostics: vscode.languages.createDiagnosticCollection('stevedore-build'),
    onBuilt: new vscode.EventEmitter<BuildRecord>(),
    lastLog: [],
  };
  services.context.subscriptions.push(ui.channel, ui.diagnostics, ui.onBuilt);
  return ui;
}

/** The form last used for this Dockerfile, or a fresh one (context: the setting, else the Dockerfile's folder). */
export function initialForm(services: Services, dockerfile: vscode.Uri): BuildForm {
  const saved = services.context.workspaceState.get<BuildForm>(formKey(dockerfile.fsPath));
  if (saved && typeof saved.contextDir === 'string' && Array.isArray(saved.tags))
    return { ...saved, dockerfile: dockerfile.fsPath };
  const folder = vscode.workspace.getWorkspaceFolder(dockerfile);
  const setting = vscode.workspace.getConfiguration('stevedore', dockerfile).get<string>('build.context', '');
  const contextDir = setting && folder ? path.resolve(folder.uri.fsPath, setting) : path.dirname(dockerfile.fsPath);
  const oldTag = services.context.workspaceState.get<string>(`stevedore.build.tag.${dockerfile.fsPath}`);
  const name = path
    .basename(folder?.uri.fsPath ?? contextDir)
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-');
  return { ...emptyForm(contextDir, dockerfile.fsPath), tags: [oldTag ?? `${name}:latest`] };
}

/** Asks for the settings (unless `form` is given: a re-run; `preset` fills the form, e.g. from compose), then builds. */
export async function buildFromDockerfile(
  services: Services,
  ui: BuildUi,
  dockerfile: vscode.Uri,
  form?: BuildForm,
  preset?: BuildForm,
) {
  const text = await readFile(dockerfile.fsPath, 'utf8').catch((e: unknown) => {
    throw new Error(
      t('Cannot read the Dockerfile {0}: {1}', dockerfile.fsPath, e instanceof Error ? e.message : String(e)),
    );
  });
  if (!form) {
    const [v, choice] = await Promise.all([services.engine.version(), chooseBuilder(services.engine)]);
    form = await editForm(
      preset ?? initialForm(services, dockerfile),
      dockerfileShape(text),
      `${v.os}/${v.arch}`,
      builderKind(choice),
    );
    if (!form) return;
    await services.context.workspaceState.update(formKey(dockerfile.fsPath), form);
    void vscode.commands.executeCommand(BUILD_FORMS_CHANGED_COMMAND);
  }
  await vscode.workspace.saveAll(false);
  const chosen = form;
  const ch = {
    appendLine: (text: string) => {
      const line = stripAnsiCodes(text);
      if (ui.lastLog.length < maxLogLines) ui.lastLog.push(line);
      ui.channel.appendLine(line);
    },
  };
  ui.lastLog = [];
  ui.channel.clear();
  ui.channel.show(true);
  ch.appendLine(
    `# build ${chosen.tags.join(' ') || '(untagged)'} from ${chosen.dockerfile} (context ${chosen.contextDir})`,
  );
  const started = Date.now();
  const outcome = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: t('Building {0}', chosen.tags[0] ?? ''),
      cancellable: true,
    },
    async (p, token) => {
      const ac = new AbortController();
      token.onCancellationRequested(() => ac.abort());
      let steps = 0;
      return runBuild(services.engine, chosen, {
        signal: ac.signal,
        onUpdate: (u) => {
          ch.appendLine(
            u.kind === 'text' ? u.text : u.kind === 'log' ? `#${u.step.vertex} ${u.text}` : describeUpdate(u),
          );
          if (u.kind === 'start' && !u.step.internal) p.report({ message: t('step {0}: {1}', ++steps, u.step.name) });
        },
      });
    },
  );
  if (outcome.classicReason) ch.appendLine(t('# classic builder (no BuildKit): {0}', outcome.classicReason));
  showFailure(ui, dockerfile, outcome);
  const record = toRecord(chosen, outcome, started);
  const history = addBuild(readHistory(services.context.workspaceState.get(historyKey)), record);
  await services.context.workspaceState.update(historyKey, history);
  ui.onBuilt.fire(record);
  if (outcome.cancelled) return void ch.appendLine(t('# cancelled'));
  if (outcome.failure) {
    ch.appendLine(`# ${outcome.failure.message}`);
    return showFailureNotice(services, ui, dockerfile, outcome);
  }
  ch.appendLine(
    `# built ${chosen.tags.join(' ')} (${outcome.imageId ?? '?'}) in ${(outcome.durationMs / 1000).toFixed(1)} s`,
  );
  void vscode.window.showInformationMessage(
    t('Built {0}: {1} of {2} steps cached.', chosen.tags[0] ?? outcome.imageId ?? '', record.stepsCached, record.steps),
  );
}

function describeUpdate(u: { kind: 'start' | 'end'; step: BuildOutcome['steps'][number] }): string {
  const s = u.step;
  if (u.kind === 'start') return `#${s.vertex} ${s.name}`;
  if (s.state === 'cached') return `#${s.vertex} CACHED`;
  if (s.state === 'error') return `#${s.vertex} ERROR: ${s.error ?? ''}`;
  return `#${s.vertex} ${s.state.toUpperCase()}${s.seconds !== undefined ? ` ${s.seconds}s` : ''}`;
}

function showFailure(ui: BuildUi, dockerfile: vscode.Uri, outcome: BuildOutcome): void {
  const inst = outcome.failure?.instruction;
  if (!outcome.failure || !inst) return ui.diagnostics.delete(dockerfile);
  const range = new vscode.Range(inst.line, 0, inst.endLine, Number.MAX_SAFE_INTEGER);
  const d = new vscode.Diagnostic(range, outcome.failure.message, vscode.DiagnosticSeverity.Error);
  d.source = 'docker build';
  ui.diagnostics.set(dockerfile, [d]);
}

/** The step, its line and why, with an action that opens the Dockerfile there (not awaited: the build is over). */
function showFailureNotice(services: Services, ui: BuildUi, dockerfile: vscode.Uri, outcome: BuildOutcome): void {
  const step = outcome.failedStep;
  const line = outcome.failure?.instruction?.line;
  const text = buildFailureText({
    message: outcome.failure?.message ?? 'build failed',
    stepName: step && !step.internal ? step.name : undefined,
    line,
    output: step?.logs,
  });
  services.output.error(text);
  const open = line === undefined ? undefined : openAtLine(line);
  const show = t('Show Output');
  void vscode.window.showErrorMessage(text, ...(open ? [open] : []), show).then(async (answer) => {
    if (answer === show) ui.channel.show();
    else if (answer === open && line !== undefined) {
      const at = new vscode.Range(line, 0, line, 0);
      await vscode.window.showTextDocument(dockerfile, { selection: at });
    }
  });
}

function toRecord(form: BuildForm, o: BuildOutcome, at: number): BuildRecord {
  return {
    at,
    form,
    result: o.cancelled ? 'cancelled' : o.failure || o.exitCode !== 0 ? 'failed' : 'succeeded',
    durationMs: o.durationMs,
    steps: o.stepLines.length,
    stepsCached: o.stepLines.filter((s) => s.cached).length,
    builder: o.builder,
    imageId: o.imageId,
    error: o.failure?.message,
    stepLines: o.stepLines.map((s) => ({
      line: s.instruction.line,
      key: instructionKey(s.instruction),
      cached: s.cached,
      seconds: s.seconds,
    })),
  };
}
