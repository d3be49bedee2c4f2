// The work events asked for, per dataset, gathered until its debounce fires: which containers to re-fetch or drop,
// or a whole re-list.
import {
  addEffect,
  datasetNames,
  Debouncer,
  emptyPending,
  type DatasetName,
  type EventEffect,
  type Pending,
} from './refreshPolicy';

export class EventBatches {
  private readonly pending = {} as Record<DatasetName, Pending>;
  private readonly debouncers = {} as Record<DatasetName, Debouncer>;

  /** `flush(d, events)` runs when `d`'s debounce fires; it takes the batch with take(d). */
  constructor(debounceMs: number, maxWaitMs: number, flush: (d: DatasetName, events: number) => void) {
    for (const d of datasetNames) {
      this.pending[d] = emptyPending();
      this.debouncers[d] = new Debouncer(debounceMs, maxWaitMs, () => flush(d, this.pending[d].events));
    }
  }

  /** Add an event's effect to its dataset's batch and (re)start the debounce. */
  add(effect: EventEffect): void {
    addEffect(this.pending[effect.dataset], effect);
    this.debouncers[effect.dataset].trigger();
  }

  /** The next load of `d` re-lists it whole; `now`: and it starts after the debounce. */
  relistAll(d: DatasetName, now: boolean): void {
    this.pending[d].all = true;
    if (now) this.debouncers[d].trigger();
  }

  /** The batch of `d`, emptied, its debounce stopped. */
  take(d: DatasetName): Pending {
    const work = this.pending[d];
    this.cancel([d]);
    return work;
  }

  cancel(datasets: readonly DatasetName[] = datasetNames): void {
    for (const d of datasets) {
      this.debouncers[d].cancel();
      this.pending[d] = emptyPending();
    }
  }

  /** whether a debounce is running */
  get waiting(): boolean {
    return datasetNames.some((d) => this.debouncers[d].pending);
  }
}
