// CPU and memory in the Containers view's descriptions: the latest figures of every container whose stats stream is
// open (because the view follows the running containers, or because its stats panel is open), with the view told
// at most once per interval that they changed.
import { statsDescription } from '../commands/statsFormat';
import type { StatsHub } from '../engine/statsHub';
import type { Disposable } from '../engine/types';

export class StatsDescriptions implements Disposable {
  private readonly latest = new Map<string, string>();
  private readonly followed = new Map<string, Disposable>();
  private readonly subs: Disposable[];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastFired = -Infinity;

  /** `onChange`: the descriptions changed; called at most once per `intervalMs` (the first change at once). */
  constructor(
    private readonly hub: Pick<StatsHub, 'subscribe' | 'onSample' | 'onClose'>,
    private readonly onChange: () => void,
    private readonly intervalMs = 1000,
  ) {
    this.subs = [
      hub.onSample((id, s) => {
        const text = statsDescription(s);
        if (this.latest.get(id) === text) return;
        this.latest.set(id, text);
        this.changed();
      }),
      hub.onClose((id) => {
        if (this.latest.delete(id)) this.changed();
      }),
    ];
  }

  /** "CPU 3.10% · 12.5MiB" while the container's stream is open. */
  get(id: string): string | undefined {
    return this.latest.get(id);
  }

  /** Keep a stream open for exactly these containers (an empty list closes ours; streams others opened stay). */
  follow(ids: Iterable<string>): void {
    const want = new Set(ids);
    for (const [id, sub] of this.followed) {
      if (want.has(id)) continue;
      this.followed.delete(id);
      sub.dispose();
    }
    for (const id of want) {
      if (this.followed.has(id)) continue;
      // a stream that ended (the container stopped) is let go: a later follow opens a new one
      const sub = this.hub.subscribe(id, {
        sample: () => undefined,
        end: () => {
          if (this.followed.get(id) === sub) this.followed.delete(id);
        },
      });
      this.followed.set(id, sub);
    }
  }

  /** ids this aggregator keeps a stream open for */
  get following(): ReadonlySet<string> {
    return new Set(this.followed.keys());
  }

  private changed(): void {
    if (this.timer !== undefined) return;
    const wait = this.lastFired + this.intervalMs - Date.now();
    if (wait <= 0) return this.fire();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.fire();
    }, wait);
  }

  private fire(): void {
    this.lastFired = Date.now();
    this.onChange();
  }

  dispose(): void {
    this.follow([]);
    for (const s of this.subs) s.dispose();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.latest.clear();
  }
}
