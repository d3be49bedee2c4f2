import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Engine } from './engine';
import { EngineError } from './errors';
import { createEngineMonitor } from './monitor';
import type { EngineEvent, EngineHealth } from './types';

/** A scripted engine for the reconnect policy only; behaviour against Docker is covered by the integration tests. */
function fakeEngine(host = 'unix:///fake.sock') {
  let up = false;
  let push: ((e: EngineEvent | Error) => void) | undefined;
  const engine = {
    endpoint: { host, source: 'default', reason: '' },
    versionCalls: 0,
    pingFails: false,
    ping: vi.fn(async () => {
      if (engine.pingFails) throw Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' });
    }),
    version: vi.fn(async () => {
      engine.versionCalls++;
      if (!up) throw Object.assign(new Error('connect ENOENT'), { code: 'ENOENT' });
      return { version: '20.10', apiVersion: '1.41', os: 'linux', arch: 'amd64' };
    }),
    async *events(o: { signal?: AbortSignal; onOpen?: () => void }) {
      const queue: (EngineEvent | Error)[] = [];
      let wake: (() => void) | undefined;
      push = (e) => {
        queue.push(e);
        wake?.();
      };
      o.signal?.addEventListener('abort', () => wake?.());
      o.onOpen?.();
      while (!o.signal?.aborted) {
        const next = queue.shift();
        if (next instanceof Error) throw next;
        if (next) {
          yield next;
          continue;
        }
        await new Promise<void>((r) => {
          wake = r;
        });
      }
    },
  };
  return {
    engine: engine as unknown as Engine & { versionCalls: number; pingFails: boolean },
    setUp: (v: boolean) => {
      up = v;
    },
    emit: (e: EngineEvent | Error) => push?.(e),
  };
}

const ev = (action: string): EngineEvent => ({
  type: 'container',
  action,
  id: 'x',
  attributes: {},
  time: 0,
  timeNano: 0,
});

describe('createEngineMonitor (unit)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('backs off 1, 2, 4 s while unreachable, reports the clear reason, connects and forwards events', async () => {
    const f = fakeEngine();
    const m = createEngineMonitor(f.engine);
    const states: EngineHealth[] = [];
    m.onHealth((h) => states.push(h));
    await vi.advanceTimersByTimeAsync(0);
    expect(m.health).toEqual({
      state: 'unreachable',
      kind: 'unreachable',
      reason: 'no Docker engine at unix:///fake.sock; is it running?',
      retryInMs: 1000,
    });
    await vi.advanceTimersByTimeAsync(1000);
    expect(m.health).toMatchObject({ state: 'unreachable', retryInMs: 2000 });
    await vi.advanceTimersByTimeAsync(2000);
    expect(m.health).toMatchObject({ retryInMs: 4000 });
    expect(f.engine.versionCalls).toBe(3);
    f.setUp(true);
    await vi.advanceTimersByTimeAsync(4000);
    expect(m.health).toMatchObject({ state: 'connected', version: { apiVersion: '1.41' } });
    const got: string[] = [];
    m.onEvent((e) => got.push(e.action));
    f.emit(ev('start'));
    f.emit(ev('die'));
    await vi.advanceTimersByTimeAsync(0);
    expect(got).toEqual(['start', 'die']);
    expect(states.map((s) => s.state)).toEqual([
      'unreachable',
      'connecting',
      'unreachable',
      'connecting',
      'unreachable',
      'connecting',
      'connected',
    ]);
    m.dispose();
  });

  it('caps the backoff, and resets it after a successful connection', async () => {
    const f = fakeEngine();
    const m = createEngineMonitor(f.engine, { initialBackoffMs: 1000, maxBackoffMs: 5000 });
    await vi.advanceTimersByTimeAsync(1000 + 2000 + 4000);
    expect(m.health).toMatchObject({ retryInMs: 5000 });
    f.setUp(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(m.health.state).toBe('connected');
    f.setUp(false);
    f.emit(new EngineError('unreachable', 'the event stream ended'));
    await vi.advanceTimersByTimeAsync(0);
    expect(m.health).toMatchObject({ state: 'unreachable', reason: 'the event stream ended', retryInMs: 1000 });
    m.dispose();
  });

  it('retry() reconnects at once instead of waiting for the backoff', async () => {
    const f = fakeEngine();
    const m = createEngineMonitor(f.engine, { initialBackoffMs: 60_000 });
    await vi.advanceTimersByTimeAsync(0);
    expect(m.health.state).toBe('unreachable');
    f.setUp(true);
    m.retry();
    expect(m.health.state).toBe('connecting');
    await vi.advanceTimersByTimeAsync(0);
    expect(m.health.state).toBe('connected');
    m.dispose();
  });

  it('dispose stops the loop and the listeners', async () => {
    const f = fakeEngine();
    const m = createEngineMonitor(f.engine);
    const seen: string[] = [];
    m.onHealth((h) => seen.push(h.state));
    await vi.advanceTimersByTimeAsync(0);
    m.dispose();
    await vi.advanceTimersByTimeAsync(120_000);
    expect(f.engine.versionCalls).toBe(1);
    expect(seen).toEqual(['unreachable']);
  });

  it('makes no requests to a remote engine while the stream is up; a stream cut by a dead link reconnects', async () => {
    const f = fakeEngine('tcp://10.0.0.5:2376');
    f.setUp(true);
    const m = createEngineMonitor(f.engine);
    await vi.advanceTimersByTimeAsync(0);
    expect(m.health.state).toBe('connected');
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(f.engine.ping).not.toHaveBeenCalled();
    expect(f.engine.versionCalls).toBe(1);
    expect(m.health.state).toBe('connected');
    // what TCP keepalive turns a silently dead connection into
    f.setUp(false);
    f.emit(Object.assign(new Error('read ETIMEDOUT'), { code: 'ETIMEDOUT' }));
    await vi.advanceTimersByTimeAsync(0);
    expect(m.health).toMatchObject({ state: 'unreachable' });
    m.dispose();
  });

  it('does not ping local sockets by default', async () => {
    const f = fakeEngine();
    f.setUp(true);
    const m = createEngineMonitor(f.engine);
    await vi.advanceTimersByTimeAsync(120_000);
    expect(f.engine.ping).not.toHaveBeenCalled();
    m.dispose();
  });
});
