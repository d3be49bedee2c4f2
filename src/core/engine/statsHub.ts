// One stats stream per container, shared by everyone who wants that container's figures (its stats panel, the
// Containers view's descriptions): the first subscriber opens GET /containers/{id}/stats, the last one to leave
// closes it.
import { containerStats } from './actionsStats';
import type { StatsSample } from './actionsTypes';
import type { Engine } from './engine';
import { Emitter } from '../emitter';
import type { Disposable } from './types';

export interface StatsSubscriber {
  sample(s: StatsSample): void;
  /** the stream ended on its own: the container stopped (no error), or the engine failed (`error`) */
  end?(error?: Error): void;
}

export interface StatsHub extends Disposable {
  /** Follow `id`'s samples until disposed; shares the stream when one is open already. */
  subscribe(id: string, subscriber: StatsSubscriber): Disposable;
  /** Every sample of every open stream, and the end of each (stream ended or closed), e.g. for tree descriptions. */
  onSample(listener: (id: string, s: StatsSample) => void): Disposable;
  onClose(listener: (id: string) => void): Disposable;
  /** ids with an open stream */
  readonly streaming: ReadonlySet<string>;
}

/** The stream source; `containerStats` over the engine in use by default (tests pass a stand-in). */
export type OpenStats = (id: string, signal: AbortSignal) => AsyncIterable<StatsSample>;

export function createStatsHub(
  engine: () => Engine,
  open: OpenStats = (id, signal) => containerStats(engine(), id, signal),
): StatsHub {
  const streams = new Map<string, { subscribers: Set<StatsSubscriber>; abort: AbortController }>();
  const samples = new Emitter<[id: string, s: StatsSample]>();
  const closes = new Emitter<[id: string]>();
  const close = (id: string, stream: { abort: AbortController }) => {
    if (streams.get(id) !== stream) return;
    streams.delete(id);
    stream.abort.abort();
    closes.fire(id);
  };

  function start(id: string) {
    const stream = { subscribers: new Set<StatsSubscriber>(), abort: new AbortController() };
    streams.set(id, stream);
    void (async () => {
      let error: Error | undefined;
      try {
        for await (const s of open(id, stream.abort.signal)) {
          if (stream.abort.signal.aborted) break;
          for (const sub of [...stream.subscribers]) {
            try {
              sub.sample(s);
            } catch {
              /* isolate subscribers */
            }
          }
          samples.fire(id, s);
        }
      } catch (e) {
        error = e instanceof Error ? e : new Error(String(e));
      }
      if (stream.abort.signal.aborted) return;
      const subscribers = [...stream.subscribers];
      close(id, stream);
      for (const sub of subscribers) {
        try {
          sub.end?.(error);
        } catch {
          /* isolate subscribers */
        }
      }
    })();
    return stream;
  }

  return {
    subscribe(id, subscriber) {
      const stream = streams.get(id) ?? start(id);
      stream.subscribers.add(subscriber);
      return {
        dispose: () => {
          stream.subscribers.delete(subscriber);
          if (stream.subscribers.size === 0) close(id, stream);
        },
      };
    },
    onSample: samples.on,
    onClose: closes.on,
    get streaming() {
      return new Set(streams.keys());
    },
    dispose() {
      for (const [id, s] of [...streams]) close(id, s);
      samples.dispose();
      closes.dispose();
    },
  };
}
