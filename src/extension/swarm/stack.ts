// Deploy Stack / Remove Stack (through `docker stack deploy|rm`, see src/core/swarm/stack.ts for why the CLI), with
// progress until every service converges or a task fails; and a code lens on each service of a deployed stack's
// compose file showing its replicas running/desired, live from the Swarm view's model.
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { dotenvMap } from '../../core/compose/dotenv';
import { modelOf } from '../../core/compose/model';
import { swarmReads } from '../../core/engine/swarm';
import { defaultStackName, stackLens } from '../../core/swarm/lens';
import { deployStack, removeStack, waitForStack, type StackProgress } from '../../core/swarm/stack';
import type { SwarmTreeNode } from '../../core/swarm/tree';
import { confirmDestructive } from '../commands/define';
import type { Services } from '../services';
import type { SwarmView } from './view';

const t = vscode.l10n.t;
/** workspaceState: compose file path → the stack it was last deployed as */
export const deployedStacksKey = 'stevedore.swarm.deployedStacks';

export interface DeployOptions {
  name?: string;
  /** an env file whose variables the compose file is interpolated with ('' for none) */
  envFile?: string;
  resolveImage?: 'always' | 'changed' | 'never';
  prune?: boolean;
}

const isComposeName = (p: string) => /(^|[\\/])(docker-)?compose[^\\/]*\.ya?ml$/i.test(p);

async function composeFileOf(arg: unknown): Promise<string | undefined> {
  if (arg instanceof vscode.Uri) return arg.fsPath;
  const active = vscode.window.activeTextEditor?.document;
  if (active?.uri.scheme === 'file' && (active.languageId === 'dockercompose' || isComposeName(active.uri.fsPath)))
    return active.uri.fsPath;
  const found = await vscode.workspace.findFiles('**/{docker-compose,compose}*.{yml,yaml}', '**/node_modules/**', 50);
  const [only] = found;
  if (found.length === 1 && only) return only.fsPath;
  const pick = await vscode.window.showQuickPick(
    found.map((u) => ({ label: vscode.workspace.asRelativePath(u), uri: u })),
    { title: t('Deploy which compose file as a stack?') },
  );
  return pick?.uri.fsPath;
}

function describeProgress(p: StackProgress): string {
  const counts = p.services.map((s) => `${s.name.replace(/^[^_]*_/, '')} ${s.running}/${s.desired}`).join(', ');
  return p.waiting.length && !p.converged ? `${counts} — ${p.waiting[0]}` : counts;
}

export function stackCommands(services: Services, view: SwarmView) {
  const state = services.context.workspaceState;
  const deployed = () => state.get<Record<string, string>>(deployedStacksKey, {});

  const deploy = async (arg?: unknown, given: DeployOptions = {}) => {
    if (!vscode.workspace.isTrusted)
      throw new Error(t("Deploying a stack runs the CLI on this workspace's files; trust the workspace first."));
    if (!(await view.checkState()).manager)
      throw new Error(
        t('This engine is not a swarm manager. Run "Swarm Init" first, or switch to a manager\'s context.'),
      );
    const file = await composeFileOf(arg);
    if (!file) return;
    const dir = path.dirname(file);
    const name =
      given.name ??
      (await vscode.window.showInputBox({
        title: t('Deploy {0} as stack', path.basename(file)),
        value: deployed()[file] ?? defaultStackName(path.basename(dir)),
        validateInput: (v) =>
          /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(v)
            ? undefined
            : t('Letters, digits, _ . -, starting with a letter or digit'),
      }));
    if (!name) return;
    let envFile = given.envFile;
    if (envFile === undefined) {
      const envs = await vscode.workspace.findFiles(new vscode.RelativePattern(dir, '{.env,*.env,.env.*}'), null, 20);
      if (envs.length) {
        const none = { label: t('No env file'), description: t("the CLI's own environment only"), file: '' };
        const pick = await vscode.window.showQuickPick(
          [
            none,
            ...envs.map((u) => ({
              label: path.basename(u.fsPath),
              description: t('interpolate with it'),
              file: u.fsPath,
            })),
          ],
          { title: t('Variables for {0}', path.basename(file)) },
        );
        if (!pick) return;
        envFile = pick.file;
      }
    }
    const env = { ...process.env };
    if (envFile) for (const [k, v] of dotenvMap(await readFile(envFile, 'utf8'))) env[k] = v;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('Deploying stack {0}', name), cancellable: true },
      async (progress, token) => {
        const ac = new AbortController();
        token.onCancellationRequested(() => ac.abort());
        progress.report({ message: t('docker stack deploy…') });
        const since = new Date(Date.now() - 1000).toISOString();
        const out = await deployStack(services.engine.endpoint, {
          name,
          files: [file],
          env,
          resolveImage: given.resolveImage,
          prune: given.prune,
        });
        services.output.info(`stack deploy ${name}: ${out.trim()}`);
        await state.update(deployedStacksKey, { ...deployed(), [file]: name });
        void view.reload();
        const done = await waitForStack(swarmReads(services.engine), name, {
          signal: ac.signal,
          since,
          onProgress: (p) => progress.report({ message: describeProgress(p) }),
        });
        void vscode.window.showInformationMessage(t('Stack {0} is up: {1}', name, describeProgress(done)));
      },
    );
  };

  const remove = async (arg?: unknown) => {
    await view.checkState();
    await view.ensureLoaded();
    const stacks = [...new Set(view.snapshot.services.flatMap((s) => (s.stack ? [s.stack] : [])))];
    let name: string | undefined;
    const node = arg as SwarmTreeNode | undefined;
    if (node?.kind === 'swarmStack') name = node.name;
    else if (arg instanceof vscode.Uri) name = deployed()[arg.fsPath];
    name ??= await vscode.window.showQuickPick(stacks, { title: t('Remove which stack?') });
    if (!name) return;
    const stack = name;
    const s = view.snapshot;
    const items = [
      ...s.services.filter((x) => x.stack === stack).map((x) => t('service {0} ({1} tasks)', x.name, x.running)),
      ...s.secrets.filter((x) => x.stack === stack).map((x) => t('secret {0}', x.name)),
      ...s.configs.filter((x) => x.stack === stack).map((x) => t('config {0}', x.name)),
      t('the networks the stack created ({0}_…)', stack),
    ];
    const ok = await confirmDestructive(t('Remove stack {0}?', stack), items, [t('Remove')]);
    if (!ok) return;
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('Removing stack {0}', stack) },
      () => removeStack(services.engine.endpoint, stack),
    );
    await state.update(
      deployedStacksKey,
      Object.fromEntries(Object.entries(deployed()).filter(([, v]) => v !== stack)),
    );
    await view.reload();
  };
  return { deploy, remove };
}

export class StackLenses implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly sub: vscode.Disposable;

  constructor(
    private readonly services: Services,
    private readonly view: SwarmView,
  ) {
    this.sub = view.onDidChangeSnapshot(() => this.changed.fire());
  }

  async provideCodeLenses(doc: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const stack = this.services.context.workspaceState.get<Record<string, string>>(deployedStacksKey, {})[
      doc.uri.fsPath
    ];
    if (!stack || !this.view.state.manager) return [];
    await this.view.ensureLoaded();
    let model;
    try {
      model = modelOf(doc.getText());
    } catch {
      return [];
    }
    const lenses: vscode.CodeLens[] = [];
    for (const svc of model.decls.service) {
      if (svc.entry.merged || !svc.entry.keyNode.range) continue;
      const pos = doc.positionAt(svc.entry.keyNode.range[0]);
      const l = stackLens(this.view.snapshot, stack, svc.name);
      const service = this.view.snapshot.services.find((x) => x.id === l.serviceId);
      lenses.push(
        new vscode.CodeLens(new vscode.Range(pos, pos), {
          title: `$(${l.problem ? 'warning' : 'layers'}) ${l.text}`,
          tooltip: l.tooltip,
          command: service ? 'stevedore.service.logs' : 'stevedore.stack.deploy',
          arguments: service ? [{ kind: 'swarmService', service, under: 'stacks' }] : [doc.uri],
        }),
      );
    }
    return lenses;
  }

  dispose(): void {
    this.sub.dispose();
    this.changed.dispose();
  }
}
