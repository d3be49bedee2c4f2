import { describe, expect, it } from 'vitest';
import type { StatsSample } from './actionsTypes';
import type { Engine } from './engine';
import { createStatsHub, type OpenStats } from './statsHub';

const sample = (cpuPercent: number): StatsSample => ({
  time: '',
  cpuPercent,
  memUsage: 1024 * 1024,
  memLimit: 0,
  memPercent: 0,
  netRx: 0,
  netTx: 0,
  blockRead: 0,
  blockWrite: 0,
  pids: 1,
});
const tick = () => new Promise((r) => setTimeout(r, 0));

/** Stand-in streams: the test pushes samples and ends them; records which ids were opened and aborted. */
function streams() {
  const opened: string[] = [];
  const aborted: string[] = [];
  const feeds = new Map<string, { push(s: StatsSample): void; end(err?: Error): void }>();
  const open: OpenStats = (id, signal) => {
    opened.push(id);
    const queue: StatsSample[] = [];
    let wake: (() => void) | undefined;
    let done: { err?: Error } | undefined;
    signal.addEventListener('abort', () => {
      aborted.push(id);
      done = {};
      wake?.();
    });
    feeds.set(id, {
      push: (s) => {
        queue.push(s);
        wake?.();
      },
      end: (err) => {
        done = { err };
        wake?.();
      },
    });
    return (async function* () {
      for (;;) {
        while (queue.length) yield queue.shift()!;
        if (done) {
          if (done.err) throw done.err;
          return;
        }
        await new Promise<void>((r) => {
          wake = r;
        });
      }
    })();
  };
  return { open, opened, aborted, feed: (id: string) => feeds.get(id)! };
}

describe('stats hub (unit)', () => {
  it('one stream per container however many subscribe; the last one to leave closes it', async () => {
    const s = streams();
    const hub = createStatsHub(() => ({}) as Engine, s.open);
    const a: number[] = [];
    const b: number[] = [];
    const all: string[] = [];
    const closed: string[] = [];
    hub.onSample((id, x) => all.push(`${id}:${x.cpuPercent}`));
    hub.onClose((id) => closed.push(id));
    const subA = hub.subscribe('c1', { sample: (x) => a.push(x.cpuPercent) });
    const subB = hub.subscribe('c1', { sample: (x) => b.push(x.cpuPercent) });
    expect(s.opened).toEqual(['c1']);
    s.feed('c1').push(sample(1));
    await tick();
    expect([a, b, all]).toEqual([[1], [1], ['c1:1']]);
    subA.dispose();
    expect(s.aborted).toEqual([]);
    subB.dispose();
    expect(s.aborted).toEqual(['c1']);
    expect(closed).toEqual(['c1']);
    expect(hub.streaming.size).toBe(0);
    hub.subscribe('c1', { sample: () => undefined });
    expect(s.opened).toEqual(['c1', 'c1']);
    hub.dispose();
  });

  it('a stream that ends tells its subscribers (with the error, if any) and is closed', async () => {
    const s = streams();
    const hub = createStatsHub(() => ({}) as Engine, s.open);
    const ends: (string | undefined)[] = [];
    hub.subscribe('stopped', { sample: () => undefined, end: (e) => ends.push(e?.message) });
    hub.subscribe('failed', { sample: () => undefined, end: (e) => ends.push(e?.message) });
    s.feed('stopped').end();
    s.feed('failed').end(new Error('engine gone'));
    await tick();
    await tick();
    expect(ends).toEqual([undefined, 'engine gone']);
    expect(hub.streaming.size).toBe(0);
    expect(s.aborted).toEqual(['stopped', 'failed']);
  });
});
