// How the explorer's views look: layout, per-view state and the window's facts (workspace folders, the endpoint,
// live stats text), and each view's tree built from the engine's records, kept until something it shows changes.
import type { EngineHealth, EngineVersion } from '../engine/types';
import { buildTree, defaultLayout, type Layout, type TreeData } from './build';
import type { TreeNode } from './nodes';
import { viewNames, type ViewName } from './refreshPolicy';
import { defaultViewState, type ViewState } from './settings';

/** Where this window's engine is (Engines view, links to published ports). */
export interface EndpointFacts {
  /** the context this window uses */
  contextInUse?: string;
  endpointHost?: string;
  /** the host published ports are reached at (tcp:// and ssh:// engines) */
  publishHost?: string;
}

export class ViewTrees {
  private layoutNow: Layout = defaultLayout();
  private readonly states = Object.fromEntries(viewNames.map((v) => [v, { ...defaultViewState }])) as Record<
    ViewName,
    ViewState
  >;
  private folders: readonly string[] = [];
  private endpointFacts: EndpointFacts = {};
  private version: EngineVersion | undefined;
  private statsText: ((id: string) => string | undefined) | undefined;
  private readonly trees = new Map<ViewName, TreeNode[]>();

  get layout(): Layout {
    return this.layoutNow;
  }

  get viewState(): Readonly<Record<ViewName, Readonly<ViewState>>> {
    return this.states;
  }

  get workspaceFolders(): readonly string[] {
    return this.folders;
  }

  get endpoint(): Readonly<EndpointFacts> {
    return this.endpointFacts;
  }

  setLayout(layout: Layout): void {
    this.layoutNow = layout;
    this.trees.clear();
  }

  setViewState(view: ViewName, patch: Partial<ViewState>): void {
    Object.assign(this.states[view], patch);
    this.trees.delete(view);
  }

  setWorkspaceFolders(folders: readonly string[]): void {
    this.folders = [...folders];
    this.trees.clear();
  }

  setEndpoint(facts: EndpointFacts): void {
    this.endpointFacts = { ...facts };
    this.trees.delete('engines');
  }

  setEngineVersion(version: EngineVersion | undefined): void {
    this.version = version;
    this.trees.delete('engines');
  }

  /** live CPU/memory text per container id for the Containers view's descriptions */
  setStatsText(text: ((id: string) => string | undefined) | undefined): void {
    this.statsText = text;
    this.trees.delete('containers');
  }

  /** The data or the facts behind `views` changed: build their trees again when next asked. */
  invalidate(views: readonly ViewName[] = viewNames): void {
    for (const v of views) this.trees.delete(v);
  }

  /** The view's tree; with `nowMs` (relative times at that instant) it is built afresh and not kept. */
  tree(view: ViewName, data: () => TreeData, health: EngineHealth, nowMs?: number): TreeNode[] {
    const cached = nowMs === undefined ? this.trees.get(view) : undefined;
    if (cached) return cached;
    const tree = buildTree(view, data(), {
      layout: this.layoutNow,
      state: this.states[view],
      workspaceFolders: this.folders,
      nowMs,
      ...this.endpointFacts,
      version: this.version,
      stats: this.statsText,
      health,
    });
    if (nowMs === undefined) this.trees.set(view, tree);
    return tree;
  }
}
