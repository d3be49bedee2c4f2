// After Run/Start: read the state a moment later and say "Started" only if it kept running; otherwise what
// happened (core/messages/startOutcome) with Run Interactively / Show Logs.
import * as vscode from 'vscode';
import { settleAfterStart, type StartOutcome } from '../../core/messages/startOutcome';
import { isEngineError } from '../../core/engine/errors';
import type { Services } from '../services';
import type { LogViews } from './logs';
import { runImageNamed } from './run';

const t = vscode.l10n.t;

export interface StartNotice {
  id: string;
  name: string;
  /** what to name when the container is gone (--rm): the command it was given or the image's */
  command?: string[];
  /** the "Started …" text to show when it keeps running; undefined: a status-bar message */
  started?: string;
  /** buttons for the running case */
  onRunning?: Record<string, () => void>;
  runInteractively?: () => unknown;
  /** the state was read already */
  settled?: StartOutcome;
}

/** Never rejects (callers do not await it): a failure to read the state is logged. */
export async function announceStart(services: Services, logViews: LogViews, n: StartNotice): Promise<void> {
  await announce(services, logViews, n).catch((e: unknown) =>
    services.output.warn(`${n.name}: ${e instanceof Error ? e.message : String(e)}`),
  );
}

async function announce(services: Services, logViews: LogViews, n: StartNotice): Promise<void> {
  const outcome =
    n.settled ??
    (await settleAfterStart(
      n.name,
      () =>
        services.engine.inspectContainer(n.id).catch((e: unknown) => {
          if (isEngineError(e) && e.kind === 'notFound') return undefined;
          throw e;
        }),
      n.command,
    ));
  if (outcome.kind === 'running') {
    if (!n.started) {
      vscode.window.setStatusBarMessage(t('Started {0}', n.name), 5000);
      return;
    }
    const buttons = n.onRunning ?? {};
    const b = await vscode.window.showInformationMessage(n.started, ...Object.keys(buttons));
    if (b) buttons[b]?.();
    return;
  }
  services.output.warn(outcome.message);
  const interactive = t('Run Interactively');
  const logs = t('Show Logs');
  const gone = outcome.kind === 'exited' && outcome.code === undefined;
  const buttons = [...(n.runInteractively ? [interactive] : []), ...(gone ? [] : [logs])];
  const b = await vscode.window.showWarningMessage(outcome.message, ...buttons);
  if (b === interactive) await n.runInteractively?.();
  if (b === logs) logViews.show(n.name);
}

/** Start of an existing container: a status-bar message if it runs; if it exits at once, run its image interactively. */
export function startedNotice(
  services: Services,
  logViews: LogViews,
  c: { id: string; name: string; record: { image: string } },
): StartNotice {
  return {
    id: c.id,
    name: c.name,
    runInteractively: () => runImageNamed(services, logViews, c.record.image, 'runInteractive'),
  };
}
