// A monitor that outlives the engine behind it: when a window switches context, listeners stay subscribed
// and simply hear the new engine's health and events.
import type { EngineMonitor } from './engine';
import type { Disposable, EngineEvent, EngineHealth } from './types';

export interface MonitorHub extends EngineMonitor {
  /** Follow `monitor` from now on (disposing the previous one) and announce its current health. */
  attach(monitor: EngineMonitor): void;
}

export function createMonitorHub(): MonitorHub {
  const healthLs = new Set<(h: EngineHealth) => void>();
  const eventLs = new Set<(e: EngineEvent) => void>();
  let inner: EngineMonitor | undefined;
  let subs: Disposable[] = [];
  const fireHealth = (h: EngineHealth): void => {
    for (const l of [...healthLs]) {
      try {
        l(h);
      } catch {
        /* isolate listeners */
      }
    }
  };
  const on = <T>(set: Set<(v: T) => void>, l: (v: T) => void): Disposable => {
    set.add(l);
    return {
      dispose: () => {
        set.delete(l);
      },
    };
  };
  return {
    get health(): EngineHealth {
      return inner?.health ?? { state: 'connecting' };
    },
    onHealth: (l) => on(healthLs, l),
    onEvent: (l) => on(eventLs, l),
    retry: () => inner?.retry(),
    attach(m) {
      for (const s of subs) s.dispose();
      inner?.dispose();
      inner = m;
      subs = [
        m.onHealth(fireHealth),
        m.onEvent((e) => {
          for (const l of [...eventLs]) {
            try {
              l(e);
            } catch {
              /* isolate listeners */
            }
          }
        }),
      ];
      fireHealth(m.health);
    },
    dispose() {
      for (const s of subs) s.dispose();
      inner?.dispose();
      inner = undefined;
      healthLs.clear();
      eventLs.clear();
    },
  };
}
