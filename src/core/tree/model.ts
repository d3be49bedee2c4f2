import type { Engine } from '../engine/engine';
import type {
  ContainerSummary,
  ContextInfo,
  Disposable,
  EngineEvent,
  EngineHealth,
  EngineVersion,
  ImageSummary,
  NetworkSummary,
  VolumeSummary,
} from '../engine/types';
import { buildTree, type Layout, defaultLayout } from './build';
import { snapshot, type NodeSnapshot, type TreeNode } from './nodes';
import {
  addEffect,
  classifyEvent,
  datasetNames,
  Debouncer,
  emptyPending,
  type DatasetName,
  type Pending,
  type RefreshReason,
  viewDatasets,
  viewNames,
  type ViewName,
} from './refreshPolicy';
import { defaultViewState, type ViewState } from './settings';
import { presentView, type ViewPresentation } from './presentation';
import { imageUsage } from './images';
import { networkAttachments } from './networks';
import { volumeUsage } from './volumes';

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

export interface ModelStats {
  /** engine calls made by the model */
  requests: number;
  fullLists: Record<DatasetName, number>;
  /** container lists filtered by id (one event about one container) */
  partialLists: number;
  /** change notifications sent per view */
  refreshes: Record<ViewName, number>;
}

const zero = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/**
 * The explorer's data: what the engine has, kept current by events (debounced per dataset, fetching only
 * what changed), loaded only for visible views. Views read trees from it and listen to onDidChange.
 */
export class ExplorerModel implements Disposable {
  private engine: Engine;
  private readonly containers = new Map<string, ContainerSummary>();
  private containerList: ContainerSummary[] | undefined;
  private images: ImageSummary[] = [];
  private volumes: VolumeSummary[] = [];
  private networks: NetworkSummary[] = [];
  private contexts: ContextInfo[] = [];
  private readonly loaded = new Set<DatasetName>();
  private readonly stale = new Set<DatasetName>();
  private readonly errors = new Map<DatasetName, Error>();
  private readonly pending = {} as Record<DatasetName, Pending>;
  private readonly debouncers = {} as Record<DatasetName, Debouncer>;
  private readonly inflight = new Map<DatasetName, Promise<void>>();
  private readonly visible = new Set<ViewName>();
  private readonly listeners = new Set<(c: ViewChange) => void>();
  private readonly trees = new Map<ViewName, TreeNode[]>();
  private health: EngineHealth = { state: 'connecting' };
  private generation = 0;
  /** the engine became unreachable and has not answered a load since: its data was dropped, nothing is asked of it */
  private outage = false;
  /** views a running refreshViews will notify itself, once (counted: refreshes may overlap) */
  private readonly quiet = new Map<ViewName, number>();
  readonly stats: ModelStats = {
    requests: 0,
    fullLists: zero(datasetNames),
    partialLists: 0,
    refreshes: zero(viewNames),
  };
  layout: Layout = defaultLayout();
  readonly viewState: Record<ViewName, ViewState> = Object.fromEntries(
    viewNames.map((v) => [v, { ...defaultViewState }]),
  ) as Record<ViewName, ViewState>;
  workspaceFolders: string[] = [];
  /** the context this window uses and its engine's version (Engines view) */
  contextInUse: string | undefined;
  endpointHost: string | undefined;
  engineVersion: EngineVersion | undefined;
  publishHost: string | undefined;
  /** live CPU/memory text per container id for the Containers view's descriptions (relayout when it changes) */
  statsText: ((id: string) => string | undefined) | undefined;

  constructor(private readonly opts: ExplorerModelOptions) {
    this.engine = opts.engine;
    for (const d of datasetNames) {
      this.pending[d] = emptyPending();
      this.debouncers[d] = new Debouncer(
        opts.debounceMs ?? 200,
        opts.maxWaitMs ?? 2000,
        () => void this.load(d, { kind: 'event', count: this.pending[d].events }),
      );
    }
  }

  onDidChange(listener: (c: ViewChange) => void): Disposable {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
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
      .filter((d) => !this.loaded.has(d) || this.stale.has(d) || this.errors.has(d));
    // a load already running for missing/stale data is a full one: join it rather than list twice
    await Promise.all(missing.map((d) => this.inflight.get(d) ?? this.load(d, { kind: 'visible' }, true)));
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
    const datasets = views.length === 1 ? viewDatasets[views[0]!] : [...new Set(views.flatMap((v) => viewDatasets[v]))];
    for (const v of views) this.quiet.set(v, (this.quiet.get(v) ?? 0) + 1);
    try {
      await (datasets.length === 1
        ? this.load(datasets[0]!, reason, true)
        : Promise.all(datasets.map((d) => this.load(d, reason, true))));
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
        if (this.loaded.has(d)) this.stale.add(d);
        continue;
      }
      addEffect(this.pending[d], effect);
      this.debouncers[d].trigger();
    }
  }

  setHealth(h: EngineHealth): void {
    const was = this.health.state;
    this.health = h;
    if (h.state === 'connected') {
      this.outage = false;
      this.engineVersion = h.version;
      if (was !== 'connected') {
        // events were missed while the stream was down: re-list what is shown, mark the rest stale
        for (const d of this.loaded) this.stale.add(d);
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
    for (const d of datasetNames) {
      this.debouncers[d].cancel();
      this.pending[d] = emptyPending();
    }
    this.containers.clear();
    this.containerList = undefined;
    this.images = [];
    this.volumes = [];
    this.networks = [];
    this.loaded.clear();
    this.stale.clear();
    this.errors.clear();
    this.trees.clear();
    this.emit([...viewNames], { kind: 'engineChanged' });
    for (const v of this.visible) void this.setVisible(v, true);
  }

  /** What the view shows now: its tree, an error line, or nothing so that the welcome view (reason, Retry) appears. */
  presentation(view: ViewName): ViewPresentation {
    return presentView(view, { health: this.health, loaded: this.isLoaded(view), error: this.errorOf(view) });
  }

  /** Something outside the engine changed a dataset (the CLI's contexts): re-list it if shown, else mark it stale. */
  invalidate(d: DatasetName): void {
    if (this.needed(d)) this.debouncers[d].trigger();
    if (this.loaded.has(d)) this.stale.add(d);
    this.pending[d].all = true;
  }

  /** Settings or toggles changed: rebuild from the data we have, no engine call. */
  relayout(views: readonly ViewName[] = viewNames): void {
    this.emit(views, { kind: 'manual' });
  }

  setViewState(view: ViewName, patch: Partial<ViewState>): void {
    Object.assign(this.viewState[view], patch);
    this.relayout([view]);
  }

  isLoaded(view: ViewName): boolean {
    return viewDatasets[view].every((d) => this.loaded.has(d));
  }

  /** The error of the last failed load for this view's data, if the data is not current. */
  errorOf(view: ViewName): Error | undefined {
    for (const d of viewDatasets[view]) {
      const e = this.errors.get(d);
      if (e) return e;
    }
    return undefined;
  }

  getTree(view: ViewName, nowMs?: number): TreeNode[] {
    const cached = nowMs === undefined ? this.trees.get(view) : undefined;
    if (cached) return cached;
    const tree = buildTree(
      view,
      {
        containers: this.listContainers(),
        images: this.images,
        volumes: this.volumes,
        networks: this.networks,
        contexts: this.contexts,
      },
      {
        layout: this.layout,
        state: this.viewState[view],
        workspaceFolders: this.workspaceFolders,
        nowMs,
        publishHost: this.publishHost,
        contextInUse: this.contextInUse,
        endpointHost: this.endpointHost,
        version: this.engineVersion,
        stats: this.statsText,
        health: this.health,
      },
    );
    if (nowMs === undefined) this.trees.set(view, tree);
    return tree;
  }

  /** ids of the running containers the model knows (loaded, not necessarily shown) */
  runningContainerIds(): string[] {
    const ids: string[] = [];
    for (const c of this.containers.values()) if (c.state === 'running') ids.push(c.id);
    return ids;
  }

  snapshot(view: ViewName): NodeSnapshot[] {
    return snapshot(this.getTree(view));
  }

  /** Resolves when no debounced refresh is waiting and no load is running (tests, benchmarks). */
  async whenIdle(): Promise<void> {
    for (;;) {
      if (this.inflight.size > 0) await Promise.all(this.inflight.values());
      else if (datasetNames.some((d) => this.debouncers[d].pending)) await new Promise((r) => setTimeout(r, 1));
      else return;
    }
  }

  dispose(): void {
    for (const d of datasetNames) this.debouncers[d].cancel();
    this.listeners.clear();
  }

  /** Unreachable: what was listed may be gone by the time the engine answers again, so none of it is shown. */
  private dropEngineData(): void {
    this.outage = true;
    for (const d of datasetNames) {
      if (d === 'contexts') continue;
      this.debouncers[d].cancel();
      this.pending[d] = emptyPending();
      this.loaded.delete(d);
      this.stale.delete(d);
    }
    this.containers.clear();
    this.containerList = undefined;
    this.images = [];
    this.volumes = [];
    this.networks = [];
    this.trees.clear();
  }

  private needed(d: DatasetName): boolean {
    for (const v of this.visible) if (viewDatasets[v].includes(d)) return true;
    return false;
  }

  private listContainers(): ContainerSummary[] {
    return (this.containerList ??= [...this.containers.values()]);
  }

  /** One load per dataset at a time; a load asked for while one runs starts after it (results stay in order). */
  private load(d: DatasetName, reason: RefreshReason, full = false): Promise<void> {
    const previous = this.inflight.get(d);
    const run = previous ? previous.then(() => this.doLoad(d, reason, full)) : this.doLoad(d, reason, full);
    const tracked = run.finally(() => {
      if (this.inflight.get(d) === tracked) this.inflight.delete(d);
    });
    this.inflight.set(d, tracked);
    return tracked;
  }

  private async doLoad(d: DatasetName, reason: RefreshReason, forceFull: boolean): Promise<void> {
    const work = this.pending[d];
    this.pending[d] = emptyPending();
    this.debouncers[d].cancel();
    const generation = this.generation;
    const full =
      forceFull ||
      work.all ||
      !this.loaded.has(d) ||
      this.stale.has(d) ||
      work.ids.size > (this.opts.partialLimit ?? 100);
    if (!full && work.ids.size === 0) return;
    // a partial update may leave the related views as they were; a full re-list refreshes them all
    const before = d === 'containers' && !full ? this.relationKeys() : undefined;
    let changed: boolean;
    try {
      changed = full ? await this.fetchAll(d) : await this.fetchContainers(work.ids);
    } catch (err) {
      if (generation !== this.generation) return;
      this.errors.set(d, err instanceof Error ? err : new Error(String(err)));
      this.stale.add(d);
      this.emit(this.viewsOf(d), reason);
      return;
    }
    if (generation !== this.generation) return;
    this.errors.delete(d);
    this.stale.delete(d);
    this.loaded.add(d);
    if (!changed && !full) return;
    const after = before && this.relationKeys();
    const views = this.viewsOf(d)
      .filter((v) => this.isLoaded(v) && !this.quiet.has(v))
      .filter((v) => {
        if (v === 'containers' || !before || !after || viewDatasets[v][0] === d) return true;
        return before[v as keyof typeof before] !== after[v as keyof typeof after];
      });
    this.emit(views, reason);
  }

  private async fetchAll(d: DatasetName): Promise<boolean> {
    this.stats.fullLists[d]++;
    this.stats.requests++;
    switch (d) {
      case 'containers': {
        const list = await this.engine.listContainers({ all: true });
        this.containers.clear();
        for (const c of list) this.containers.set(c.id, c);
        this.containerList = undefined;
        break;
      }
      case 'images':
        this.images = await this.engine.listImages();
        break;
      case 'volumes':
        this.volumes = await this.engine.listVolumes();
        break;
      case 'networks':
        this.networks = await this.engine.listNetworks();
        break;
      case 'contexts':
        this.stats.requests--;
        this.contexts = this.opts.listContexts ? await this.opts.listContexts() : [];
        break;
    }
    return true;
  }

  /** Re-fetch only the containers events named (GET /containers/json?all=1&filters={"id":[...]}). */
  private async fetchContainers(ids: Map<string, boolean>): Promise<boolean> {
    let changed = false;
    const fetch: string[] = [];
    for (const [id, removed] of ids) {
      if (removed) changed = this.containers.delete(id) || changed;
      else fetch.push(id);
    }
    if (fetch.length > 0) {
      this.stats.partialLists++;
      this.stats.requests++;
      const list = await this.engine.listContainers({ all: true, filters: { id: fetch } });
      const found = new Set<string>();
      for (const c of list) {
        found.add(c.id);
        const old = this.containers.get(c.id);
        if (!old || JSON.stringify(old) !== JSON.stringify(c)) {
          this.containers.set(c.id, c);
          changed = true;
        }
      }
      for (const id of fetch) {
        // events carry full ids; a container gone by now was removed in between
        if (!found.has(id) && this.containers.delete(id)) changed = true;
      }
    }
    if (changed) this.containerList = undefined;
    return changed;
  }

  /** What the other views derive from containers; a container event refreshes them only when this changes. */
  private relationKeys(): { images: string; volumes: string; networks: string } {
    const list = this.listContainers();
    // only views that have their own data loaded can show a relation
    const has = (d: DatasetName) => this.loaded.has(d);
    return {
      images: has('images') ? JSON.stringify([...imageUsage(list)].sort()) : '',
      volumes: has('volumes') ? JSON.stringify([...volumeUsage(list)].sort()) : '',
      networks: has('networks')
        ? JSON.stringify(
            [...networkAttachments(this.networks, list)]
              .map(([id, a]) => [id, a.map((x) => [x.container.id, x.container.name, x.container.status, x.ip])])
              .sort(),
          )
        : '',
    };
  }

  private viewsOf(d: DatasetName): ViewName[] {
    return viewNames.filter((v) => viewDatasets[v].includes(d));
  }

  private emit(views: readonly ViewName[], reason: RefreshReason): void {
    for (const view of views) {
      this.trees.delete(view);
      this.stats.refreshes[view]++;
      for (const l of this.listeners) l({ view, reason });
    }
  }
}
