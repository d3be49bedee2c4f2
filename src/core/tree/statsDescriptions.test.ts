import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StatsSample } from '../engine/actionsTypes';
import type { Disposable } from '../engine/types';
import type { StatsHub, StatsSubscriber } from '../engine/statsHub';
import { StatsDescriptions } from './statsDescriptions';
import { buildContainerTree } from './containers';
import { container, now } from './fixtures.test-helpers';
import { defaultSettings } from './settings';

const sample = (cpuPercent: number, mib = 12): StatsSample => ({
  time: '',
  cpuPercent,
  memUsage: mib * 1024 * 1024,
  memLimit: 0,
  memPercent: 0,
  netRx: 0,
  netTx: 0,
  blockRead: 0,
  blockWrite: 0,
  pids: 1,
});

/** A hub stand-in: records subscriptions; the test emits samples and closes streams. */
function fakeHub() {
  const sampleLs = new Set<(id: string, s: StatsSample) => void>();
  const closeLs = new Set<(id: string) => void>();
  const subscribed = new Map<string, StatsSubscriber>();
  const hub: Pick<StatsHub, 'subscribe' | 'onSample' | 'onClose'> = {
    subscribe(id, sub): Disposable {
      subscribed.set(id, sub);
      return {
        dispose: () => {
          subscribed.delete(id);
          for (const l of closeLs) l(id);
        },
      };
    },
    onSample: (l) => {
      sampleLs.add(l);
      return { dispose: () => sampleLs.delete(l) };
    },
    onClose: (l) => {
      closeLs.add(l);
      return { dispose: () => closeLs.delete(l) };
    },
  };
  return {
    hub,
    subscribed,
    emit: (id: string, s: StatsSample) => {
      for (const l of sampleLs) l(id, s);
    },
    end: (id: string) => {
      const sub = subscribed.get(id)!;
      subscribed.delete(id);
      for (const l of closeLs) l(id);
      sub.end?.();
    },
  };
}

describe('stats descriptions (unit)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('follows exactly the containers asked for; a stream that ended is opened again when asked again', () => {
    const f = fakeHub();
    const d = new StatsDescriptions(f.hub, () => undefined);
    d.follow(['a', 'b']);
    expect([...f.subscribed.keys()]).toEqual(['a', 'b']);
    d.follow(['b', 'c']);
    expect([...f.subscribed.keys()].sort()).toEqual(['b', 'c']);
    f.end('c');
    expect([...d.following]).toEqual(['b']);
    d.follow(['b', 'c']);
    expect([...f.subscribed.keys()].sort()).toEqual(['b', 'c']);
    d.follow([]);
    expect(f.subscribed.size).toBe(0);
  });

  it('tells the view at most once a second, the first change at once and the last one never lost', () => {
    const f = fakeHub();
    const changes: number[] = [];
    const d = new StatsDescriptions(f.hub, () => changes.push(Date.now()), 1000);
    const t0 = Date.now();
    f.emit('a', sample(1));
    expect(changes).toEqual([t0]);
    for (let i = 0; i < 20; i++) {
      vi.advanceTimersByTime(100);
      f.emit('a', sample(2 + i));
    }
    vi.advanceTimersByTime(1000);
    expect(changes.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < changes.length; i++) expect(changes[i]! - changes[i - 1]!).toBeGreaterThanOrEqual(1000);
    expect(d.get('a')).toBe('CPU 21.00% · 12MiB');
    // the same figures again are no change; a closed stream drops its text
    const before = changes.length;
    vi.advanceTimersByTime(5000);
    f.emit('a', sample(21));
    expect(changes.length).toBe(before);
    f.emit('b', sample(5, 3));
    d.follow(['b']);
    d.follow([]);
    vi.advanceTimersByTime(1000);
    expect(d.get('b')).toBeUndefined();
    expect(d.get('a')).toBe('CPU 21.00% · 12MiB');
    d.dispose();
  });

  it("the Containers view appends the figures to a followed container's description only", () => {
    const f = fakeHub();
    const d = new StatsDescriptions(f.hub, () => undefined);
    const web = container({ name: 'web' });
    const db = container({ name: 'db' });
    f.emit(web.id, sample(3.1, 12));
    const tree = buildContainerTree([web, db], {
      settings: defaultSettings.containers,
      state: { onlyWorkspace: false },
      workspaceFolders: [],
      nowMs: now,
      stats: (id) => d.get(id),
    });
    expect(tree.map((n) => [n.label, n.description])).toEqual([
      ['db', 'stevedore-test/busybox · Up 3 minutes'],
      ['web', 'stevedore-test/busybox · Up 3 minutes · CPU 3.10% · 12MiB'],
    ]);
  });
});
