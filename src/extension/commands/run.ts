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
import { runSpecFromAnswers } from '../../core/commands/runSpec';
import { actionsFor } from '../../core/engine/actions';
import { publishedNote } from '../../core/messages/published';
import type { Services } from '../services';
import type { TargetOf } from './define';
import type { Registrations } from './registry';
import type { LogViews } from './logs';
import { EngineTerminal, openShellTerminal } from './shell';
import { askAnswers } from './runForm';
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
  const publishAddress = vscode.workspace.getConfiguration('stevedore').get<string>('run.publishAddress', '127.0.0.1');
  let answers = answersFor(state, image, info.exposedPorts, mode, publishAddress);
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
    started: [t('Started {0} from {1}.', name, image) + renamed, publishedNote(spec.ports)].filter(Boolean).join(' '),
    onRunning: {
      [t('Attach Shell')]: () => openShellTerminal(services, { id, name }),
      [t('View Logs')]: () => logViews.show(name),
    },
    runInteractively: () => runImageNamed(services, logViews, image, 'runInteractive'),
  });
}
