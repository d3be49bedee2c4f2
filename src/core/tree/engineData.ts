// The explorer's cache of what the engine has: one list per dataset, whether each is loaded, stale or failed, and the
// fetches that fill it (a full list, or only the containers events named). Counts the engine calls it makes.
import type { Engine } from '../engine/engine';
import type { ContainerSummary, ContextInfo, ImageSummary, NetworkSummary, VolumeSummary } from '../engine/types';
import type { TreeData } from './build';
import { datasetNames, type DatasetName } from './refreshPolicy';

export interface FetchCounts {
  /** engine calls made */
  requests: number;
  fullLists: Record<DatasetName, number>;
  /** container lists filtered by id (one event about one container) */
  partialLists: number;
}

export const zeroCounts = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export class EngineData {
  private readonly containers = new Map<string, ContainerSummary>();
  private containerList: ContainerSummary[] | undefined;
  private images: ImageSummary[] = [];
  private volumes: VolumeSummary[] = [];
  private networks: NetworkSummary[] = [];
  private contexts: ContextInfo[] = [];
  private readonly loaded = new Set<DatasetName>();
  private readonly stale = new Set<DatasetName>();
  private readonly errors = new Map<DatasetName, Error>();

  constructor(
    private readonly counts: FetchCounts,
    private readonly listContexts: (() => Promise<ContextInfo[]>) | undefined,
  ) {}

  isLoaded(d: DatasetName): boolean {
    return this.loaded.has(d);
  }

  isStale(d: DatasetName): boolean {
    return this.stale.has(d);
  }

  errorOf(d: DatasetName): Error | undefined {
    return this.errors.get(d);
  }

  /** datasets loaded at some point (current or stale) */
  loadedSets(): DatasetName[] {
    return [...this.loaded];
  }

  /** Mark a loaded dataset as out of date (events missed, or it changed while nobody showed it). */
  markStale(d: DatasetName): void {
    if (this.loaded.has(d)) this.stale.add(d);
  }

  /** A fetch of `d` succeeded: it is current. */
  markCurrent(d: DatasetName): void {
    this.errors.delete(d);
    this.stale.delete(d);
    this.loaded.add(d);
  }

  /** A fetch of `d` failed: keep what was there, remember why, and list it again next time. */
  markFailed(d: DatasetName, err: unknown): void {
    this.errors.set(d, err instanceof Error ? err : new Error(String(err)));
    this.stale.add(d);
  }

  /** Drop the records of `datasets` (the engine is unreachable): not loaded, nor stale; a load's error stays. */
  drop(datasets: readonly DatasetName[]): void {
    for (const d of datasets) {
      this.loaded.delete(d);
      this.stale.delete(d);
      if (d === 'containers') {
        this.containers.clear();
        this.containerList = undefined;
      } else if (d === 'images') this.images = [];
      else if (d === 'volumes') this.volumes = [];
      else if (d === 'networks') this.networks = [];
      else this.contexts = [];
    }
  }

  /** Another engine: its records dropped, every dataset to be loaded again (the contexts shown until then). */
  reset(): void {
    this.drop(datasetNames.filter((d) => d !== 'contexts'));
    this.loaded.clear();
    this.stale.clear();
    this.errors.clear();
  }

  listContainers(): ContainerSummary[] {
    return (this.containerList ??= [...this.containers.values()]);
  }

  listNetworks(): readonly NetworkSummary[] {
    return this.networks;
  }

  /** the records the tree is built from */
  records(): TreeData {
    return {
      containers: this.listContainers(),
      images: this.images,
      volumes: this.volumes,
      networks: this.networks,
      contexts: this.contexts,
    };
  }

  /** ids of the running containers (loaded, not necessarily shown) */
  runningContainerIds(): string[] {
    const ids: string[] = [];
    for (const c of this.containers.values()) if (c.state === 'running') ids.push(c.id);
    return ids;
  }

  /** Re-list a whole dataset. */
  async fetchAll(d: DatasetName, engine: Engine): Promise<void> {
    this.counts.fullLists[d]++;
    if (d !== 'contexts') this.counts.requests++;
    switch (d) {
      case 'containers': {
        const list = await engine.listContainers({ all: true });
        const now = Date.now();
        this.containers.clear();
        for (const c of list) this.containers.set(c.id, { ...c, statusAtMs: now });
        this.containerList = undefined;
        break;
      }
      case 'images':
        this.images = await engine.listImages();
        break;
      case 'volumes':
        this.volumes = await engine.listVolumes();
        break;
      case 'networks':
        this.networks = await engine.listNetworks();
        break;
      case 'contexts':
        this.contexts = this.listContexts ? await this.listContexts() : [];
        break;
    }
  }

  /**
   * Re-fetch only the containers events named (GET /containers/json?all=1&filters={"id":[...]}); `ids` maps an id
   * to whether its event removed it. Whether anything changed.
   */
  async fetchContainers(engine: Engine, ids: ReadonlyMap<string, boolean>): Promise<boolean> {
    let changed = false;
    const fetch: string[] = [];
    for (const [id, removed] of ids) {
      if (removed) changed = this.containers.delete(id) || changed;
      else fetch.push(id);
    }
    if (fetch.length > 0) {
      this.counts.partialLists++;
      this.counts.requests++;
      const list = await engine.listContainers({ all: true, filters: { id: fetch } });
      const found = new Set<string>();
      const now = Date.now();
      for (const fetched of list) {
        found.add(fetched.id);
        const old = this.containers.get(fetched.id);
        // the same status text read again is no change: its first reading stays the anchor of its time
        const c = { ...fetched, statusAtMs: old?.status === fetched.status ? old.statusAtMs : now };
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
}
