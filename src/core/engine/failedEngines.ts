// Engines whose endpoint could not be resolved (createFailedEngine in index.ts): why, for every action asked of them.
// Apart from actionsDocker.ts so that index.ts, which the CLI's bundle carries, does not reach the dockerode client.
import type { Engine } from './engine';
import { EngineError } from './errors';

const failures = new WeakMap<Engine, EngineError>();

/** Records why an engine has no client (its endpoint could not be resolved): every action fails with it. */
export function markFailed(engine: Engine, error: EngineError): void {
  failures.set(engine, error);
}

/** Why `engine` has no client: the error recorded by markFailed, else "not backed by dockerode". */
export function noClient(engine: Engine): EngineError {
  return failures.get(engine) ?? new EngineError('unknown', 'this engine is not backed by dockerode');
}
