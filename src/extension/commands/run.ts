// Run… / Create…: one quick flow with defaults (EXPOSEd ports pre-filled) and a "Run now" shortcut,
// remembering the answers per image in workspaceState. Run / Run Interactive reuse them without asking.
import * as vscode from 'vscode';
import {
  answersFor,
  freeContainerName,
  rememberAnswers,
  trustProblem,
  type RunMode,
} from '../../core/commands/runMemory';
import {
  formatPort,
  parsePorts,
  parseVolume,
  parseEnv,
  parseArgv,
  runSpecFromAnswers,
  validateContainerName,
  type RunAnswers,
} from '../../core/commands/runSpec';
import { actionsFor, restartPolicies, type RestartPolicy } from '../../core/engine/actions';
import type { Services } from '../services';
import type { TargetOf } from './define';
import type { Registrations } from './registry';
import type { LogViews } from './logs';
import { EngineTerminal, openShellTerminal } from './shell';
import { announceStart } from './startNotice';
import { wayOut } from './wayOut';

const t = vscode.l10n.t;
type Mode = RunMode;

export function runCommands(
  services: Services,
  logViews: LogViews,
): Registrations<
  'stevedore.image.run' | 'stevedore.image.runInteractive' | 'stevedore.image.runWith' | 'stevedore.image.create'
> {
  const go = (mode: Mode) => async (_ctx: unknown, ts: unknown[]) =>
    runImage(services, logViews, ts[0] as TargetOf<'image'>, mode);
  return {
    'stevedore.image.run': { run: go('run') },
    'stevedore.image.runInteractive': { run: go('runInteractive') },
    'stevedore.image.runWith': { run: go('runWith') },
    'stevedore.image.create': { run: go('create') },
  };
}

const runImage = (services: Services, logViews: LogViews, target: TargetOf<'image'>, mode: Mode) =>
  runImageNamed(services, logViews, target.tag ?? target.id, mode);

export async function runImageNamed(services: Services, logViews: LogViews, image: string, mode: Mode): Promise<void> {
  const info = await services.engine.inspectImage(image);
  const state = services.context.workspaceState;
  let answers = answersFor(state, image, info.exposedPorts, mode);
  if (mode === 'runWith' || mode === 'create') {
    const edited = await askAnswers(image, answers, mode === 'create' ? t('Create now') : t('Run now'), services);
    if (!edited) return;
    answers = edited;
  }
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const spec = runSpecFromAnswers(image, answers, { workspaceFolder: folder });
  const untrusted = trustProblem(spec, vscode.workspace.isTrusted);
  if (untrusted) throw new Error(untrusted);
  let renamed = '';
  if (spec.name && (mode === 'run' || mode === 'runInteractive')) {
    // remembered answers name a container that may exist from the last run: a second run gets web-2, not "name in use"
    const free = freeContainerName(
      spec.name,
      (await services.engine.listContainers({ all: true })).map((c) => c.name),
    );
    if (free !== spec.name) {
      renamed = t(' ({0} exists already)', spec.name);
      spec.name = free;
    }
  }
  const engine = services.engine;
  if (mode === 'create') {
    const id = await actionsFor(engine).createContainer(spec);
    await rememberAnswers(state, image, mode, answers);
    void vscode.window.showInformationMessage(
      t('Created container {0} from {1}.', spec.name ?? id.slice(0, 12), image),
    );
    return;
  }
  if (answers.interactive) {
    // docker run -it: attach before start so the first output is not lost
    const id = await actionsFor(engine).createContainer(spec);
    await rememberAnswers(state, image, mode, answers);
    const pty = new EngineTerminal(async () => {
      const session = await actionsFor(engine).attachContainer(id);
      await actionsFor(engine)
        .startContainer(id)
        .catch(async (e: unknown) => {
          session.close();
          await actionsFor(engine)
            .removeContainer(id, { force: true })
            .catch(() => undefined);
          throw e;
        });
      return session;
    }, spec.name ?? image);
    vscode.window.createTerminal({ name: t('Run: {0}', spec.name ?? image), pty }).show();
    return;
  }
  const start = () =>
    vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('Starting {0}…', image) },
      () => actionsFor(engine).runContainer(spec),
    );
  let id: string;
  try {
    id = await start();
  } catch (e) {
    // port taken / name taken: say by whom, offer Stop / Remove / ask again
    const again = () => runImageNamed(services, logViews, image, 'runWith');
    return wayOut(services, e, { retry: again, edit: again });
  }
  await rememberAnswers(state, image, mode, answers);
  const name = spec.name ?? id.slice(0, 12);
  void announceStart(services, logViews, {
    id,
    name,
    command: [...(spec.entrypoint ?? info.entrypoint), ...(spec.cmd ?? info.cmd)],
    started: t('Started {0} from {1}.', name, image) + renamed,
    onRunning: {
      [t('Attach Shell')]: () => openShellTerminal(services, { id, name }),
      [t('View Logs')]: () => logViews.show(name),
    },
    runInteractively: () => runImageNamed(services, logViews, image, 'runInteractive'),
  });
}

function summary(a: RunAnswers): { key: keyof RunAnswers | 'go'; label: string; description: string }[] {
  return [
    { key: 'name', label: t('Name'), description: a.name || t('(engine picks one)') },
    { key: 'ports', label: t('Ports'), description: a.ports || t('(none published)') },
    {
      key: 'env',
      label: t('Environment'),
      description: a.env.length ? a.env.map((e) => e.split('=')[0]).join(', ') : t('(none)'),
    },
    { key: 'volumes', label: t('Volumes'), description: a.volumes.join(', ') || t('(none)') },
    { key: 'network', label: t('Network'), description: a.network || t('(default bridge)') },
    { key: 'command', label: t('Command'), description: a.command || t('(the image CMD)') },
    { key: 'entrypoint', label: t('Entrypoint'), description: a.entrypoint || t('(the image ENTRYPOINT)') },
    { key: 'restart', label: t('Restart policy'), description: a.restart },
    { key: 'autoRemove', label: t('Remove when stopped (--rm)'), description: a.autoRemove ? t('yes') : t('no') },
    {
      key: 'interactive',
      label: t('Mode'),
      description: a.interactive ? t('interactive (opens a terminal)') : t('detached'),
    },
  ];
}

/** The menu of answers; returns the edited answers on "Run now", undefined on Escape. */
async function askAnswers(
  image: string,
  start: RunAnswers,
  goLabel: string,
  services: Services,
): Promise<RunAnswers | undefined> {
  let a = { ...start };
  for (;;) {
    const items = [{ key: 'go' as const, label: `$(play) ${goLabel}`, description: '' }, ...summary(a)];
    const pick = await vscode.window.showQuickPick(items, {
      title: t('Run {0}', image),
      placeHolder: t('Pick a setting to change, or run with these'),
    });
    if (!pick) return undefined;
    if (pick.key === 'go') {
      try {
        runSpecFromAnswers(image, a);
        return a;
      } catch (e) {
        void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
        continue;
      }
    }
    a = (await editAnswer(a, pick.key, services)) ?? a;
  }
}

const check = (fn: (v: string) => unknown) => (v: string) => {
  try {
    fn(v);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
};

async function editAnswer(a: RunAnswers, key: keyof RunAnswers, services: Services): Promise<RunAnswers | undefined> {
  switch (key) {
    case 'name': {
      const v = await vscode.window.showInputBox({
        title: t('Container name'),
        value: a.name,
        prompt: t('Empty: the engine picks a name'),
        validateInput: (x) => validateContainerName(x),
      });
      return v === undefined ? undefined : { ...a, name: v };
    }
    case 'ports': {
      const v = await vscode.window.showInputBox({
        title: t('Published ports'),
        value: a.ports,
        prompt: t(
          'host:container, comma separated (e.g. 8080:80, 127.0.0.1:5432:5432, 53:53/udp). Pre-filled from the image EXPOSE, which publishes nothing by itself.',
        ),
        validateInput: check(parsePorts),
      });
      return v === undefined ? undefined : { ...a, ports: parsePorts(v).map(formatPort).join(', ') };
    }
    case 'env': {
      const v = await vscode.window.showInputBox({
        title: t('Environment variables'),
        value: a.env.join(' ; '),
        prompt: t('KEY=VALUE entries separated by " ; "'),
        validateInput: check((x) => x.split(' ; ').filter(Boolean).map(parseEnv)),
      });
      return v === undefined ? undefined : { ...a, env: v.split(' ; ').filter(Boolean) };
    }
    case 'volumes': {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
      const v = await vscode.window.showInputBox({
        title: t('Volumes'),
        value: a.volumes.join(', '),
        prompt: t(
          'name:/path (named), /path (anonymous), ./dir:/path or /abs:/path[:ro] (bind mount; ./ is the workspace folder), comma separated',
        ),
        validateInput: check((x) =>
          x
            .split(/\s*,\s*/)
            .filter(Boolean)
            .map((p) => parseVolume(p, folder)),
        ),
      });
      return v === undefined ? undefined : { ...a, volumes: v.split(/\s*,\s*/).filter(Boolean) };
    }
    case 'network': {
      const nets = await services.engine.listNetworks().catch(() => []);
      const pick = await vscode.window.showQuickPick(
        [
          { label: t('(default bridge)'), value: '' },
          ...nets
            .filter((n) => n.name !== 'bridge')
            .map((n) => ({ label: n.name, description: n.driver, value: n.name })),
        ],
        { title: t('Network') },
      );
      return pick ? { ...a, network: pick.value } : undefined;
    }
    case 'restart': {
      const detail: Record<RestartPolicy, string> = {
        no: t('never restart'),
        always: t('always, also when the engine starts'),
        'unless-stopped': t('always, unless you stopped it'),
        'on-failure': t('only after a non-zero exit'),
      };
      const pick = await vscode.window.showQuickPick(
        restartPolicies.map((p) => ({ label: p, description: detail[p] })),
        { title: t('Restart policy') },
      );
      return pick
        ? { ...a, restart: pick.label as RestartPolicy, autoRemove: pick.label === 'no' ? a.autoRemove : false }
        : undefined;
    }
    case 'command':
    case 'entrypoint': {
      const v = await vscode.window.showInputBox({
        title:
          key === 'command' ? t('Command (overrides the image CMD)') : t('Entrypoint (overrides the image ENTRYPOINT)'),
        value: a[key] ?? '',
        prompt: t("As on a shell line, e.g. sh -c 'echo hi; sleep 60'. Empty: the image's own."),
        validateInput: check(parseArgv),
      });
      return v === undefined ? undefined : { ...a, [key]: v.trim() };
    }
    case 'autoRemove':
      return { ...a, autoRemove: !a.autoRemove, restart: !a.autoRemove ? 'no' : a.restart };
    case 'interactive':
      return { ...a, interactive: !a.interactive };
  }
}
