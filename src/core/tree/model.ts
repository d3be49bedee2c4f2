import { Emitter } from '../emitter';
import type { Engine } from '../engine/engine';
import type { ContextInfo, Disposable, EngineEvent, EngineHealth } from '../engine/types';
import { EngineData, zeroCounts, type FetchCounts } from './engineData';
import { EventBatches } from './eventBatches';
import { LoadQueue } from './loadQueue';
import { snapshot, type NodeSnapshot, type TreeNode } from './nodes';
import {
  classifyEvent,
  datasetNames,
  type DatasetName,
  type RefreshReason,
  viewDatasets,
  viewNames,
  type ViewName,
} from './refreshPolicy';
import { affects, relationKeys } from './relations';
import type { ViewState } from './settings';
import { presentView, type ViewPresentation } from './presentation';
import { ViewTrees } from './viewTrees';

export interface ExplorerModelOptions {
  engine: Engine;
  /** the engine module's listContexts (the Engines view); omitted = no contexts */
  listContexts?: () => Promise<ContextInfo[]>;
  /** quiet time after the last event before a view refreshes */
  debounceMs?: number;
  /** a steady stream of events still refreshes at least this often */
  maxWaitMs?: number;
  /** more changed containers than this in one burst → one full list instead of a list filtered by id */
  partialLimit?: number;
}

export interface ViewChange {
  view: ViewName;
  reason: RefreshReason;
}

export interface ModelStats extends FetchCounts {
  /** change notifications sent per view */
  refreshes: Record<ViewName, number>;
}

/**
 * The explorer's data: what the engine has (EngineData), kept current by events (debounced per dataset, fetching only
 * what changed), loaded only for visible views; each view's tree (ViewTrees). Views read trees from it and listen to
 * onDidChange. This class decides when to load and whom to notify.
 */
export class ExplorerModel implements Disposable {
  private engine: Engine;
  readonly stats: Readonly<ModelStats> = {
    requests: 0,
    fullLists: zeroCounts(datasetNames),
    partialLists: 0,
    refreshes: zeroCounts(viewNames),
  };
  private readonly data: EngineData;
  /** layout, view states and the window's facts (set through its methods; then call relayout), and the trees */
  readonly viewTrees = new ViewTrees();
  private readonly changes = new Emitter<[ViewChange]>();
  private readonly batches: EventBatches;
  private readonly loads = new LoadQueue<DatasetName>();
  private readonly visible = new Set<ViewName>();
  private health: EngineHealth = { state: 'connecting' };
  private generation = 0;
  /** the engine became unreachable and has not answered a load since: its data was dropped, nothing is asked of it */
  private outage = false;
  /** views a running refreshViews will notify itself, once (counted: refreshes may overlap) */
  private readonly quiet = new Map<ViewName, number>();

  constructor(private readonly opts: ExplorerModelOptions) {
    this.engine = opts.engine;
    this.data = new EngineData(this.stats, opts.listContexts);
    this.batches = new EventBatches(
      opts.debounceMs ?? 200,
      opts.maxWaitMs ?? 2000,
      (d, count) => void this.load(d, { kind: 'event', count }),
    );
  }

  readonly onDidChange = this.changes.on;

  /** A view's filter or toggle changed: rebuilt from the data there is, no engine call. */
  setViewState(view: ViewName, patch: Partial<ViewState>): void {
    this.viewTrees.setViewState(view, patch);
    this.relayout([view]);
  }

  /** Views call this when they show/hide; becoming visible loads what is missing or stale, once. */
  async setVisible(view: ViewName, visible: boolean): Promise<void> {
    if (!visible) {
      this.visible.delete(view);
      return;
    }
    this.visible.add(view);
    // while the engine is away nothing is asked of it; reconnecting re-lists what is visible
    const away = this.health.state === 'unreachable' || this.outage;
    const missing = viewDatasets[view]
      .filter((d) => !away || d === 'contexts')
      .filter((d) => !this.data.isLoaded(d) || this.data.isStale(d) || this.data.errorOf(d));
    // a load already running for missing/stale data is a full one: join it rather than list twice
    await Promise.all(missing.map((d) => this.loads.current(d) ?? this.load(d, { kind: 'visible' }, true)));
  }

  isVisible(view: ViewName): boolean {
    return this.visible.has(view);
  }

  /** The refresh button: re-list everything the view shows, now (no debounce). */
  refresh(view: ViewName, reason: RefreshReason = { kind: 'manual' }): Promise<void> {
    return this.refreshViews([view], reason);
  }

  /** Re-list the data of several views, each dataset once, then notify the views. */
  private async refreshViews(views: readonly ViewName[], reason: RefreshReason): Promise<void> {
    const datasets = [...new Set(views.flatMap((v) => viewDatasets[v]))];
    for (const v of views) this.quiet.set(v, (this.quiet.get(v) ?? 0) + 1);
    try {
      await Promise.all(datasets.map((d) => this.load(d, reason, true)));
    } finally {
      for (const v of views) {
        const n = (this.quiet.get(v) ?? 1) - 1;
        if (n > 0) this.quiet.set(v, n);
        else this.quiet.delete(v);
      }
    }
    this.emit(
      views.filter((v) => this.isLoaded(v) || this.errorOf(v)),
      reason,
    );
  }

  handleEvent(e: EngineEvent): void {
    for (const effect of classifyEvent(e)) {
      const d = effect.dataset;
      if (!this.needed(d)) {
        this.data.markStale(d);
        continue;
      }
      this.batches.add(effect);
    }
  }

  setHealth(h: EngineHealth): void {
    const was = this.health.state;
    this.health = h;
    if (h.state === 'connected') {
      this.outage = false;
      this.viewTrees.setEngineVersion(h.version);
      if (was !== 'connected') {
        // events were missed while the stream was down: re-list what is shown, mark the rest stale
        for (const d of this.data.loadedSets()) this.data.markStale(d);
        void this.refreshViews([...this.visible], { kind: 'reconnect' });
      }
    } else if (was !== h.state || h.state === 'unreachable') {
      if (h.state === 'unreachable') this.dropEngineData();
      this.emit([...viewNames], { kind: 'reconnect' });
    }
  }

  getHealth(): EngineHealth {
    return this.health;
  }

  /** The window switched to another engine: forget everything and reload what is visible. */
  setEngine(engine: Engine): void {
    this.engine = engine;
    this.generation++;
    this.batches.cancel();
    this.data.reset();
    this.viewTrees.invalidate();
    this.emit([...viewNames], { kind: 'engineChanged' });
    for (const v of this.visible) void this.setVisible(v, true);
  }

  /** What the view shows now: its tree, an error line, or nothing so that the welcome view (reason, Retry) appears. */
  presentation(view: ViewName): ViewPresentation {
    return presentView(view, { health: this.health, loaded: this.isLoaded(view), error: this.errorOf(view) });
  }

  /** Something outside the engine changed a dataset (the CLI's contexts): re-list it if shown, else mark it stale. */
  invalidate(d: DatasetName): void {
    this.batches.relistAll(d, this.needed(d));
    this.data.markStale(d);
  }

  /** Settings or toggles changed, or relative times moved on (`clock`): rebuild from the data we have, no engine call. */
  relayout(views: readonly ViewName[] = viewNames, reason: RefreshReason = { kind: 'manual' }): void {
    this.emit(views, reason);
  }

  isLoaded(view: ViewName): boolean {
    return viewDatasets[view].every((d) => this.data.isLoaded(d));
  }

  /** The error of the last failed load for this view's data, if the data is not current. */
  errorOf(view: ViewName): Error | undefined {
    for (const d of viewDatasets[view]) {
      const e = this.data.errorOf(d);
      if (e) return e;
    }
    return undefined;
  }

  getTree(view: ViewName, nowMs?: number): TreeNode[] {
    return this.viewTrees.tree(view, () => this.data.records(), this.health, nowMs);
  }

  /** ids of the running containers the model knows (loaded, not necessarily shown) */
  runningContainerIds(): string[] {
    return this.data.runningContainerIds();
  }

  snapshot(view: ViewName): NodeSnapshot[] {
    return snapshot(this.getTree(view));
  }

  /** Resolves when no debounced refresh is waiting and no load is running (tests, benchmarks). */
  async whenIdle(): Promise<void> {
    for (;;) {
      if (this.loads.busy) await this.loads.settled();
      else if (this.batches.waiting) await new Promise((r) => setTimeout(r, 1));
      else return;
    }
  }

  dispose(): void {
    this.batches.cancel();
    this.changes.dispose();
  }

  /** Unreachable: what was listed may be gone by the time the engine answers again, so none of it is shown. */
  private dropEngineData(): void {
    this.outage = true;
    const engineSets = datasetNames.filter((d) => d !== 'contexts');
    this.batches.cancel(engineSets);
    this.data.drop(engineSets);
    this.viewTrees.invalidate();
  }

  private needed(d: DatasetName): boolean {
    for (const v of this.visible) if (viewDatasets[v].includes(d)) return true;
    return false;
  }

  private load(d: DatasetName, reason: RefreshReason, full = false): Promise<void> {
    return this.loads.run(d, () => this.doLoad(d, reason, full));
  }

  private async doLoad(d: DatasetName, reason: RefreshReason, forceFull: boolean): Promise<void> {
    const work = this.batches.take(d);
    const generation = this.generation;
    const full =
      forceFull ||
      work.all ||
      !this.data.isLoaded(d) ||
      this.data.isStale(d) ||
      work.ids.size > (this.opts.partialLimit ?? 100);
    if (!full && work.ids.size === 0) return;
    // a partial update may leave the related views as they were; a full re-list refreshes them all
    const before = d === 'containers' && !full ? relationKeys(this.data) : undefined;
    let changed = true;
    try {
      if (full) await this.data.fetchAll(d, this.engine);
      else changed = await this.data.fetchContainers(this.engine, work.ids);
    } catch (err) {
      if (generation !== this.generation) return;
      this.data.markFailed(d, err);
      this.emit(this.viewsOf(d), reason);
      return;
    }
    if (generation !== this.generation) return;
    this.data.markCurrent(d);
    if (!changed) return;
    const after = before && relationKeys(this.data);
    const views = this.viewsOf(d)
      .filter((v) => this.isLoaded(v) && !this.quiet.has(v))
      .filter((v) => affects(v, d, before, after));
    this.emit(views, reason);
  }

  private viewsOf(d: DatasetName): ViewName[] {
    return viewNames.filter((v) => viewDatasets[v].includes(d));
  }

  private emit(views: readonly ViewName[], reason: RefreshReason): void {
    this.viewTrees.invalidate(views);
    for (const view of views) {
      (this.stats.refreshes as Record<ViewName, number>)[view]++;
      this.changes.fire({ view, reason });
    }
  }
}
