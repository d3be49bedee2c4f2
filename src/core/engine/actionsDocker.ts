// For modules inside src/core/engine/ only: the dockerode client behind an Engine. Not exported from the
// engine's public modules (index.ts, actions.ts); everything else uses `Engine` and `EngineActions`.
import type Dockerode from 'dockerode';
import { DockerodeEngine } from './DockerodeEngine';
import type { Engine } from './engine';
import { EngineError } from './errors';

const failures = new WeakMap<Engine, EngineError>();

/** Records why an engine has no client (its endpoint could not be resolved): every action fails with it. */
export function markFailed(engine: Engine, error: EngineError): void {
  failures.set(engine, error);
}

/**
 * The dockerode client behind an Engine; actions run only against dockerode-backed engines.
 * Call `await engine.version()` (or any read) first if the API version must already be negotiated.
 */
export function dockerOf(engine: Engine): Dockerode {
  if (engine instanceof DockerodeEngine) return engine.docker;
  throw failures.get(engine) ?? new EngineError('unknown', 'this engine is not backed by dockerode');
}

/** Plain GETs on an Engine (node:http with the endpoint's agent, no dockerode): the swarm reads. */
export function readOf(engine: Engine): <T>(path: string, query?: Record<string, unknown>) => Promise<T> {
  if (engine instanceof DockerodeEngine) return (path, query) => engine.get(path, query);
  throw failures.get(engine) ?? new EngineError('unknown', 'this engine is not backed by dockerode');
}
