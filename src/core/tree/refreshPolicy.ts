// Which engine events change which data, and the per-dataset debounce. Pure: no engine, no vscode.
import type { EngineEvent } from '../engine/types';

export const viewNames = ['containers', 'images', 'volumes', 'networks', 'engines'] as const;
export type ViewName = (typeof viewNames)[number];

export const datasetNames = ['containers', 'images', 'volumes', 'networks', 'contexts'] as const;
export type DatasetName = (typeof datasetNames)[number];

/** The data each view is built from (the resource views all need containers: usage, attachments). */
export const viewDatasets: Record<ViewName, readonly DatasetName[]> = {
  containers: ['containers'],
  images: ['images', 'containers'],
  volumes: ['volumes', 'containers'],
  networks: ['networks', 'containers'],
  engines: ['contexts'],
};

export type RefreshReason =
  | { kind: 'event'; count: number }
  | { kind: 'visible' }
  | { kind: 'manual' }
  | { kind: 'reconnect' }
  | { kind: 'engineChanged' }
  /** relative times ("Up 5 minutes") told again from the records held */
  | { kind: 'clock' };

/** How often a visible view tells its relative times again (text only, no engine request). */
export const relativeTimesEveryMs = 30_000;
/** The views whose rows say how long ago: "Up 5 minutes", an image built "3 hours ago", a volume's age. */
export const agingViews: readonly ViewName[] = ['containers', 'images', 'volumes'];

/** What one event asks for: a dataset to re-list, or one container to re-fetch / drop. */
export type EventEffect =
  | { dataset: 'containers'; id: string; removed: boolean }
  | { dataset: Exclude<DatasetName, 'containers'> | 'containers'; all: true };

// exec_* come every interval from health checks; attach/resize/top/archive-path/export change nothing we show.
const containerActions = new Set([
  'create',
  'start',
  'restart',
  'stop',
  'die',
  'kill',
  'oom',
  'pause',
  'unpause',
  'rename',
  'update',
  'destroy',
]);
const imageActions = new Set(['pull', 'tag', 'untag', 'delete', 'import', 'load', 'prune']);

export function classifyEvent(e: EngineEvent): EventEffect[] {
  switch (e.type) {
    case 'container': {
      const action = (e.action.split(':')[0] ?? '').trim();
      if (action === 'health_status') return [{ dataset: 'containers', id: e.id, removed: false }];
      if (action === 'commit') return [{ dataset: 'images', all: true }];
      if (action === 'prune') return [{ dataset: 'containers', all: true }];
      if (!containerActions.has(action) || !e.id) return [];
      return [{ dataset: 'containers', id: e.id, removed: action === 'destroy' }];
    }
    case 'image':
      return imageActions.has(e.action) ? [{ dataset: 'images', all: true }] : [];
    case 'volume':
      // mount/unmount follow container start/stop, which the container event already covers
      return ['create', 'destroy', 'prune'].includes(e.action) ? [{ dataset: 'volumes', all: true }] : [];
    case 'network': {
      if (e.action === 'connect' || e.action === 'disconnect') {
        const container = e.attributes['container'];
        return container ? [{ dataset: 'containers', id: container, removed: false }] : [];
      }
      return ['create', 'destroy', 'remove', 'prune'].includes(e.action) ? [{ dataset: 'networks', all: true }] : [];
    }
    case 'daemon':
      return e.action === 'reload'
        ? datasetNames.filter((d) => d !== 'contexts').map((dataset) => ({ dataset, all: true as const }))
        : [];
    default:
      return [];
  }
}

/** Work collected for one dataset while its debounce timer runs. */
export interface Pending {
  all: boolean;
  /** container ids to re-fetch (false) or drop (true) */
  ids: Map<string, boolean>;
  events: number;
}

export const emptyPending = (): Pending => ({ all: false, ids: new Map(), events: 0 });

export function addEffect(p: Pending, effect: EventEffect): void {
  p.events++;
  if ('all' in effect) p.all = true;
  else if (!p.all) p.ids.set(effect.id, (p.ids.get(effect.id) ?? false) || effect.removed);
}

/**
 * Trailing debounce with a ceiling: fires `delayMs` after the last call, but never later than `maxWaitMs`
 * after the first one, so a steady event stream still refreshes.
 */
export class Debouncer {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private firstAt = 0;

  constructor(
    private readonly delayMs: number,
    private readonly maxWaitMs: number,
    private readonly fire: () => void,
  ) {}

  trigger(): void {
    const now = Date.now();
    if (this.timer === undefined) this.firstAt = now;
    else clearTimeout(this.timer);
    const wait = Math.max(0, Math.min(this.delayMs, this.firstAt + this.maxWaitMs - now));
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.fire();
    }, wait);
  }

  get pending(): boolean {
    return this.timer !== undefined;
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
