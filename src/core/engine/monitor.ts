// Keeps one event stream up: connect, stream, and on failure back off (1 s, 2 s, 4 s … 30 s) and try again.
// Health is what the status bar, the welcome view and the explorer's refresh policy subscribe to.
import type { Engine, EngineMonitor } from './engine';
import { toEngineError } from './errors';
import { Emitter } from '../emitter';
import type { EngineEvent, EngineHealth } from './types';

export interface MonitorOptions {
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** engine-side event filters, e.g. { type: ['container'] } */
  filters?: Record<string, string[]>;
}

export function createEngineMonitor(engine: Engine, opts: MonitorOptions = {}): EngineMonitor {
  const initial = opts.initialBackoffMs ?? 1000;
  const max = opts.maxBackoffMs ?? 30_000;
  const healthE = new Emitter<[EngineHealth]>();
  const eventE = new Emitter<[EngineEvent]>();
  let health: EngineHealth = { state: 'connecting' };
  let attempt = 0;
  let disposed = false;
  let current = new AbortController();

  const setHealth = (h: EngineHealth): void => {
    if (JSON.stringify(h) === JSON.stringify(health)) return;
    health = h;
    healthE.fire(h);
  };

  const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
    new Promise((resolve) => {
      const t = setTimeout(done, ms);
      function done(): void {
        clearTimeout(t);
        signal.removeEventListener('abort', done);
        resolve();
      }
      signal.addEventListener('abort', done, { once: true });
    });

  async function loop(): Promise<void> {
    while (!disposed) {
      const ac = current;
      try {
        const version = await engine.version();
        if (ac.signal.aborted) continue;
        const streamAc = new AbortController();
        const stop = (): void => streamAc.abort();
        ac.signal.addEventListener('abort', stop, { once: true });
        // no requests while the stream is up: a silently dead tcp/ssh link ends the stream by itself
        // (TCP keepalive on the events socket, ssh's ServerAliveInterval), and that error is the signal
        const stream = engine.events({
          filters: opts.filters,
          signal: streamAc.signal,
          onOpen: () => {
            attempt = 0;
            setHealth({ state: 'connected', version });
          },
        });
        try {
          for await (const e of stream) eventE.fire(e);
        } finally {
          ac.signal.removeEventListener('abort', stop);
        }
        if (ac.signal.aborted) continue;
      } catch (e) {
        if (ac.signal.aborted) continue;
        const err = toEngineError(e, engine.endpoint.host);
        const delay = Math.min(initial * 2 ** attempt, max);
        attempt++;
        setHealth({ state: 'unreachable', reason: err.message, kind: err.kind, retryInMs: delay });
        await sleep(delay, ac.signal);
        if (!ac.signal.aborted && !disposed) setHealth({ state: 'connecting' });
      }
    }
  }

  void loop();

  return {
    get health() {
      return health;
    },
    onHealth: healthE.on,
    onEvent: eventE.on,
    retry() {
      if (disposed) return;
      attempt = 0;
      const old = current;
      current = new AbortController();
      old.abort();
      setHealth({ state: 'connecting' });
    },
    dispose() {
      disposed = true;
      current.abort();
      healthE.dispose();
      eventE.dispose();
    },
  };
}
