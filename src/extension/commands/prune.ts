// Prune with a preview (exactly what goes, space reclaimed; only those items are removed) and disk usage.
import * as vscode from 'vscode';
import { diskUsageRows, diskUsageTable } from '../../core/commands/diskUsage';
import {
  pruneFullList,
  pruneKeptLines,
  prunePreviewText,
  pruneResultText,
  pruneTitles,
} from '../../core/commands/pruneText';
import { actionsFor, type PruneKind } from '../../core/engine/actions';
import type { Services } from '../services';
import type { InspectDocuments } from './inspect';
import type { Registrations } from './registry';

const t = vscode.l10n.t;

export async function runPrune(services: Services, kind: PruneKind): Promise<void> {
  const preview = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('Finding {0}…', pruneTitles[kind]) },
    () => actionsFor(services.engine).prunePreview(kind),
  );
  const text = prunePreviewText(preview);
  if (!preview.items.length) {
    void vscode.window.showInformationMessage(text.message);
    return;
  }
  services.output.info(`prune ${kind} preview (${preview.items.length} items):\n${pruneFullList(preview)}`);
  const remove = t('Remove');
  if ((await vscode.window.showWarningMessage(text.message, { modal: true, detail: text.detail }, remove)) !== remove)
    return;
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: t('Removing {0}', pruneTitles[kind]), cancellable: true },
    (p, token) => {
      const ac = new AbortController();
      token.onCancellationRequested(() => ac.abort());
      return actionsFor(services.engine).pruneItems(preview, {
        signal: ac.signal,
        onItem: (item) => p.report({ message: item.label, increment: 100 / preview.items.length }),
      });
    },
  );
  for (const line of pruneKeptLines(result)) services.output.warn(line);
  const msg = pruneResultText(result);
  if (result.failed.length || result.skipped.length) void vscode.window.showWarningMessage(msg);
  else void vscode.window.showInformationMessage(msg);
}

export function pruneCommands(
  services: Services,
  docs: InspectDocuments,
): Registrations<
  | 'stevedore.container.prune'
  | 'stevedore.image.prune'
  | 'stevedore.image.pruneAll'
  | 'stevedore.volume.prune'
  | 'stevedore.network.prune'
  | 'stevedore.buildCache.prune'
  | 'stevedore.system.prune'
  | 'stevedore.system.diskUsage'
> {
  const prune = (kind: PruneKind) => ({ run: () => runPrune(services, kind) });
  return {
    'stevedore.container.prune': prune('containers'),
    'stevedore.image.prune': prune('images'),
    'stevedore.image.pruneAll': prune('imagesAll'),
    'stevedore.volume.prune': {
      run: async () => {
        // since Engine 23 `docker volume prune` keeps named volumes unless -a; the choice is offered, anonymous first
        const pick = await vscode.window.showQuickPick(
          [
            {
              label: t('Anonymous unused volumes'),
              description: t('default, like docker volume prune'),
              prune: 'volumes' as const,
            },
            {
              label: t('All unused volumes, named too'),
              description: t('like docker volume prune -a'),
              prune: 'volumesAll' as const,
            },
          ],
          { title: t('Remove which unused volumes?') },
        );
        if (pick) await runPrune(services, pick.prune);
      },
    },
    'stevedore.network.prune': prune('networks'),
    'stevedore.buildCache.prune': prune('buildCache'),
    'stevedore.system.prune': prune('system'),
    'stevedore.system.diskUsage': {
      run: () =>
        docs.open(
          'system/Disk usage.txt',
          async () => `${diskUsageTable(diskUsageRows(await services.engine.diskUsage()))}\n`,
          'plaintext',
        ),
    },
  };
}
