// The explorer's shell: one model, five tree views, their title-bar commands, settings and per-workspace state.
import * as vscode from 'vscode';
import type { Engine } from '../../core/engine/engine';
import { listContexts, watchDockerContexts } from '../../core/engine/index';
import { ExplorerModel } from '../../core/tree/model';
import { snapshot, type NodeSnapshot, type TreeNode } from '../../core/tree/nodes';
import { viewDescription } from '../../core/tree/presentation';
import { agingViews, relativeTimesEveryMs, viewNames, type ViewName } from '../../core/tree/refreshPolicy';
import {
  resolveLayout,
  resolveViewState,
  viewsAffected,
  viewStateKey,
  withChange,
  type PersistedState,
  type PersistedViewState,
} from '../../core/tree/viewSettings';
import { StatsDescriptions } from '../../core/tree/statsDescriptions';
import { ExplorerTreeProvider } from './TreeProvider';
import type { ExplorerItem, FileTree } from '../files/tree';
import type { Services } from '../services';
import { registerViewCommands } from './viewActions';
import { sideEngines } from './sideEngines';

/** Plain-data access to each view for extension-host tests (`api.views.containers.getChildren()`). */
export interface ExplorerApi {
  views: Record<
    ViewName,
    {
      getChildren(): Promise<NodeSnapshot[]>;
      /** the nodes themselves, as the tree hands them to a command (clicked item, selection) */
      nodes(): Promise<readonly TreeNode[]>;
      readonly visible: boolean;
      refresh(): Promise<void>;
    }
  >;
  /** resolves when no debounced refresh is waiting and no load runs */
  whenIdle(): Promise<void>;
  readonly stats: ExplorerModel['stats'];
  /** expands engine (context) `name` in the Engines view and answers the rows under it now */
  engineResources(name: string): Promise<NodeSnapshot[]>;
}

/** `stevedore.containers.showStats`: CPU/memory of running containers in the Containers view's descriptions */
const SHOW_STATS = 'containers.showStats';

export function registerViews(services: Services, files?: FileTree): ExplorerApi {
  const { context } = services;
  const model = new ExplorerModel({ engine: services.engine, listContexts: () => listContexts() });
  let persisted = context.workspaceState.get<PersistedState>(viewStateKey, {});
  const get = (key: string): unknown => vscode.workspace.getConfiguration('stevedore').get(key);
  const applySettings = (views: readonly ViewName[] = viewNames) => {
    model.viewTrees.setLayout(resolveLayout(get, persisted));
    for (const v of views) model.viewTrees.setViewState(v, resolveViewState(v, get, persisted));
  };
  applySettings();
  const folders = () =>
    (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);
  model.viewTrees.setWorkspaceFolders(folders());
  const engineFacts = (engine: Engine) =>
    model.viewTrees.setEndpoint({
      contextInUse: services.windowContext ?? engine.endpoint.context,
      endpointHost: engine.endpoint.host,
      publishHost: /^(?:tcp|ssh):\/\/(?:[^@/]*@)?([^:/]+)/.exec(engine.endpoint.host)?.[1],
    });
  engineFacts(services.engine);

  const providers = {} as Record<ViewName, ExplorerTreeProvider>;
  const treeViews = {} as Record<ViewName, vscode.TreeView<TreeNode>>;
  const side = sideEngines(context, () => providers.engines);
  for (const v of viewNames) {
    providers[v] = new ExplorerTreeProvider(
      v,
      model,
      () => services.engine,
      files,
      v === 'engines' ? side.children : undefined,
    );
    // file items under containers and volumes carry no commands of the views' own (fromNode ignores them)
    treeViews[v] = vscode.window.createTreeView<ExplorerItem>(`stevedore.${v}`, {
      treeDataProvider: providers[v],
      canSelectMany: true,
      showCollapseAll: v !== 'engines',
      dragAndDropController: files?.dropController(v),
    }) as vscode.TreeView<TreeNode>;
    context.subscriptions.push(
      providers[v],
      treeViews[v],
      treeViews[v].onDidChangeVisibility((e) => void model.setVisible(v, e.visible)),
    );
  }
  context.subscriptions.push(treeViews.engines.onDidCollapseElement((e) => side.collapsed(e.element)));

  const syncContextKeys = (v: ViewName) => {
    const s = model.viewTrees.viewState[v];
    void vscode.commands.executeCommand('setContext', `stevedore.${v}.filtered`, s.filter !== '');
    void vscode.commands.executeCommand('setContext', `stevedore.${v}.onlyWorkspace`, s.onlyWorkspace);
    if (v === 'images')
      void vscode.commands.executeCommand('setContext', 'stevedore.images.showDangling', s.showDangling);
    if (v === 'networks')
      void vscode.commands.executeCommand('setContext', 'stevedore.networks.showBuiltin', s.showBuiltin);
    treeViews[v].description = viewDescription(v, s, model.getHealth());
  };

  const persist = (v: ViewName, patch: PersistedViewState) => {
    persisted = withChange(persisted, v, patch);
    void context.workspaceState.update(viewStateKey, persisted);
  };
  const setSort = (v: ViewName, sortBy: string) => {
    persist(v, { sortBy });
    applySettings([v]);
    model.relayout([v]);
  };

  context.subscriptions.push(
    model,
    model.onDidChange((c) => providers[c.view].fire()),
  );

  // CPU/memory in the Containers view: every running container's while the setting is on and the view visible;
  // any container's whose stats panel is open (its stream is shared). The view hears of new figures ≤ once a second.
  const stats = new StatsDescriptions(services.stats, () => model.relayout(['containers']));
  model.viewTrees.setStatsText((id) => stats.get(id));
  const followStats = () => {
    const on =
      vscode.workspace.getConfiguration('stevedore').get<boolean>(SHOW_STATS, false) &&
      treeViews.containers.visible &&
      services.monitor.health.state === 'connected';
    stats.follow(on ? model.runningContainerIds() : []);
  };
  context.subscriptions.push(
    stats,
    // idempotent: a relayout for new figures finds the same running containers and changes nothing
    model.onDidChange((c) => {
      if (c.view === 'containers') followStats();
    }),
    treeViews.containers.onDidChangeVisibility(followStats),
    services.monitor.onHealth(followStats),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`stevedore.${SHOW_STATS}`)) followStats();
    }),
  );

  // "Up Less than a second" does not stay: a visible view tells its times again from the records it holds
  const clock = setInterval(() => {
    const due = agingViews.filter((v) => treeViews[v].visible && model.isLoaded(v));
    if (due.length) model.relayout(due, { kind: 'clock' });
  }, relativeTimesEveryMs);
  context.subscriptions.push({ dispose: () => clearInterval(clock) });

  // the monitor hub is stable across engine switches: subscribe once
  model.setHealth(services.monitor.health);
  for (const v of viewNames) syncContextKeys(v);
  context.subscriptions.push(
    services.monitor.onEvent((e) => model.handleEvent(e)),
    services.monitor.onHealth((h) => {
      model.setHealth(h);
      for (const v of viewNames) syncContextKeys(v);
    }),
    watchDockerContexts(() => model.invalidate('contexts')),
    services.onDidChangeEngine((engine) => {
      engineFacts(engine);
      model.setEngine(engine);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      const views = viewsAffected((section) => e.affectsConfiguration(section));
      if (views.length === 0) return;
      applySettings(views);
      for (const v of views) syncContextKeys(v);
      model.relayout(views);
    }),
    vscode.workspace.onDidChangeWorkspaceFolders(() => {
      model.viewTrees.setWorkspaceFolders(folders());
      model.relayout();
    }),
  );

  registerViewCommands({ services, model, treeViews, persist, setSort, syncContextKeys });

  for (const v of viewNames) if (treeViews[v].visible) void model.setVisible(v, true);

  return {
    views: Object.fromEntries(
      viewNames.map((v) => {
        const nodes = async (): Promise<readonly TreeNode[]> => {
          // a hidden view's data is not kept current: read it fresh for the caller
          if (model.getHealth().state !== 'unreachable' && (!model.isVisible(v) || !model.isLoaded(v)))
            await model.refresh(v);
          if (model.presentation(v).show === 'welcome') return [];
          return model.getTree(v);
        };
        return [
          v,
          {
            getChildren: async () => snapshot(await nodes()),
            nodes,
            get visible() {
              return treeViews[v].visible;
            },
            refresh: () => model.refresh(v),
          },
        ];
      }),
    ) as ExplorerApi['views'],
    whenIdle: () => model.whenIdle(),
    stats: model.stats,
    engineResources: async (name) => {
      const node = model.getTree('engines').find((n) => n.kind === 'context' && n.record.name === name);
      if (node?.kind !== 'context') return [];
      await treeViews.engines.reveal(node, { expand: true, select: false, focus: false });
      return snapshot(side.children(node));
    },
  };
}
