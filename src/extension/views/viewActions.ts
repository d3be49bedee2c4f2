// Title-bar commands of the explorer views: refresh, filter, sort, toggles; and "use this context" in Engines.
import * as vscode from 'vscode';
import type { ExplorerModel } from '../../core/tree/model';
import type { TreeNode } from '../../core/tree/nodes';
import type { CommandId } from '../../core/commands/table/index';
import type { ViewName } from '../../core/tree/refreshPolicy';
import { currentSort, sortChoices, type PersistedViewState } from '../../core/tree/viewSettings';
import type { Services } from '../services';
import { viewCommands } from '../../core/commands/table/index';
import type { ViewCommandSpec as ViewCommand } from '../../core/commands/table/view';

export interface ViewActionDeps {
  services: Services;
  model: ExplorerModel;
  treeViews: Record<ViewName, vscode.TreeView<TreeNode>>;
  persist(view: ViewName, patch: PersistedViewState): void;
  setSort(view: ViewName, sortBy: string): void;
  syncContextKeys(view: ViewName): void;
}

const sortLabels: Record<string, string> = {
  name: 'Name',
  created: 'Created (newest first)',
  state: 'State (running first)',
  size: 'Size (largest first)',
  driver: 'Driver',
  host: 'Host (endpoint)',
};

export function registerViewCommands(d: ViewActionDeps): void {
  const subs = d.services.context.subscriptions;
  for (const c of viewCommands) subs.push(vscode.commands.registerCommand(c.id, () => run(d, c)));
  subs.push(
    vscode.commands.registerCommand('stevedore.engines.use' satisfies CommandId, async (node?: TreeNode) => {
      // from the palette: the engine area's picker
      if (node?.kind !== 'context') return vscode.commands.executeCommand('stevedore.engine.switchContext');
      try {
        // this window only: never `docker context use`
        await d.services.setWindowContext(node.record.name);
      } catch (e) {
        void vscode.window.showErrorMessage(
          vscode.l10n.t(
            'Could not switch to context {0}: {1}',
            node.record.name,
            e instanceof Error ? e.message : String(e),
          ),
        );
      }
    }),
  );
}

async function run(d: ViewActionDeps, c: ViewCommand): Promise<void> {
  const v = c.view;
  const state = d.model.viewTrees.viewState[v];
  const set = (patch: Parameters<ExplorerModel['setViewState']>[1]) => {
    d.model.setViewState(v, patch);
    d.syncContextKeys(v);
    d.persist(v, patch);
  };
  switch (c.verb) {
    case 'refresh':
      await vscode.window.withProgress({ location: { viewId: `stevedore.${v}` } }, async () => {
        try {
          await d.model.refresh(v);
          const error = d.model.errorOf(v);
          if (error) void vscode.window.showErrorMessage(vscode.l10n.t('Could not list {0}: {1}', v, error.message));
        } catch (e) {
          d.services.output.error(`refresh ${v}: ${e instanceof Error ? e.message : String(e)}`);
        }
      });
      return;
    case 'filter': {
      const value = await vscode.window.showInputBox({
        title: vscode.l10n.t('Filter {0}', v),
        value: state.filter,
        prompt: vscode.l10n.t('Show items whose name or description contains every word (empty clears the filter)'),
        placeHolder: v === 'containers' ? 'e.g. web running' : 'e.g. postgres',
      });
      if (value !== undefined) set({ filter: value.trim() });
      return;
    }
    case 'clearFilter':
      set({ filter: '' });
      return;
    case 'sortBy': {
      const allowed = sortChoices(v);
      const current = currentSort(d.model.viewTrees.layout, v);
      const pick = await vscode.window.showQuickPick(
        allowed.map((value) => ({
          label: sortLabels[value] ?? value,
          value,
          picked: value === current,
          description: value === current ? vscode.l10n.t('current') : undefined,
        })),
        { title: vscode.l10n.t('Sort {0} by', v) },
      );
      if (pick) d.setSort(v, pick.value);
      return;
    }
    case 'showOnlyWorkspace':
      if (d.model.viewTrees.workspaceFolders.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder to show only its compose projects.'));
        return;
      }
      set({ onlyWorkspace: true });
      return;
    case 'showAllProjects':
      set({ onlyWorkspace: false });
      return;
    case 'showDangling':
      set({ showDangling: true });
      return;
    case 'hideDangling':
      set({ showDangling: false });
      return;
    case 'showBuiltin':
      set({ showBuiltin: true });
      return;
    case 'hideBuiltin':
      set({ showBuiltin: false });
      return;
  }
}
