// An engine conflict (port taken, name taken, volume in use) shown with the names of what is in the way and
// buttons that clear it (core/messages/conflicts); any other error is rethrown unchanged.
import * as vscode from 'vscode';
import { classifyConflict, conflictActions, conflictMessage, type Conflict } from '../../core/messages/conflicts';
import { actionsFor } from '../../core/engine/actions';
import type { Services } from '../services';
import { confirmDestructive, errorText } from './define';

const t = vscode.l10n.t;

export interface WayOut {
  /** do the failed thing again once the way is clear */
  retry: () => Promise<unknown>;
  /** "Use another port" / "Choose another name": ask again */
  edit?: () => unknown;
}

/** Throws `e` unless it is a conflict; a conflict gets its notification (not awaited) and counts as handled. */
export async function wayOut(services: Services, e: unknown, w: WayOut): Promise<void> {
  const c = classifyConflict(errorText(e));
  if (!c || (!w.edit && c.kind !== 'volumeInUse')) throw e;
  const holders = await holdersOf(services, c).catch(() => []);
  void offer(services, c, holders, w).catch((err: unknown) => {
    services.output.error(errorText(err));
    void vscode.window.showErrorMessage(errorText(err));
  });
}

async function holdersOf(services: Services, c: Conflict): Promise<{ id: string; name: string }[]> {
  if (c.kind === 'nameInUse') return [];
  const all = await services.engine.listContainers({ all: c.kind === 'volumeInUse' });
  if (c.kind === 'portAllocated') return all.filter((x) => x.ports.some((p) => p.publicPort === c.port));
  return all.filter((x) => c.containerIds.some((id) => x.id.startsWith(id)));
}

async function offer(services: Services, c: Conflict, holders: { id: string; name: string }[], w: WayOut) {
  const names = holders.map((h) => h.name);
  const message = conflictMessage(c, names);
  services.output.warn(message);
  const [first, second] = conflictActions(c, names);
  const pick = await vscode.window.showErrorMessage(message, ...[first, second].filter((b): b is string => !!b));
  if (!pick) return;
  const actions = actionsFor(services.engine);
  const [holder] = holders;
  if (c.kind === 'portAllocated' && pick === first && holders.length === 1 && holder) {
    await actions.stopContainer(holder.id);
    await w.retry();
  } else if (c.kind === 'nameInUse' && pick === first) {
    const go = t('Remove');
    if ((await confirmDestructive(t('Remove container {0}?', c.name), [c.name], [go])) !== go) return;
    await actions.removeContainer(c.holderId, { force: true });
    await w.retry();
  } else if (c.kind === 'volumeInUse') {
    const go = t('Remove');
    const what = [...names.map((n) => t('container {0}', n)), t('volume {0} and all its data', c.volume)];
    if ((await confirmDestructive(t('Remove volume {0} and the containers using it?', c.volume), what, [go])) !== go)
      return;
    for (const h of holders) await actions.removeContainer(h.id, { force: true });
    await w.retry();
  } else await w.edit?.();
}
