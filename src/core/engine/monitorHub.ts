// A monitor that outlives the engine behind it: when a window switches context, listeners stay subscribed
// and simply hear the new engine's health and events.
import { Emitter } from '../emitter';
import type { EngineMonitor } from './engine';
import type { Disposable, EngineEvent, EngineHealth } from './types';

export interface MonitorHub extends EngineMonitor {
  /** Follow `monitor` from now on (disposing the previous one) and announce its current health. */
  attach(monitor: EngineMonitor): void;
}

export function createMonitorHub(): MonitorHub {
  const healthE = new Emitter<[EngineHealth]>();
  const eventE = new Emitter<[EngineEvent]>();
  let inner: EngineMonitor | undefined;
  let subs: Disposable[] = [];
  return {
    get health(): EngineHealth {
      return inner?.health ?? { state: 'connecting' };
    },
    onHealth: healthE.on,
    onEvent: eventE.on,
    retry: () => inner?.retry(),
    attach(m) {
      for (const s of subs) s.dispose();
      inner?.dispose();
      inner = m;
      subs = [m.onHealth((h) => healthE.fire(h)), m.onEvent((e) => eventE.fire(e))];
      healthE.fire(m.health);
    },
    dispose() {
      for (const s of subs) s.dispose();
      inner?.dispose();
      inner = undefined;
      healthE.dispose();
      eventE.dispose();
    },
  };
}
