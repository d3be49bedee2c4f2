// For modules inside src/core/engine/ only: the dockerode client behind an Engine. Not exported from the
// engine's public modules (index.ts, actions.ts); everything else uses `Engine` and `EngineActions`.
import type Dockerode from 'dockerode';
import { DockerodeEngine } from './DockerodeEngine';
import type { Engine } from './engine';
import { noClient } from './failedEngines';
import type { ModemLike } from './modemDial';

const clients = new WeakMap<DockerodeEngine, Dockerode>();

/**
 * The dockerode client behind an Engine, made on first use; actions run only against dockerode-backed engines.
 * Call `await engine.version()` (or any read) first if the API version must already be negotiated.
 */
export function dockerOf(engine: Engine): Dockerode {
  if (!(engine instanceof DockerodeEngine)) throw noClient(engine);
  let client = clients.get(engine);
  if (!client) {
    // required here, not imported: a process that only reads never evaluates dockerode and its dependencies
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const DockerodeClass = require('dockerode') as typeof Dockerode;
    client = new DockerodeClass(engine.clientOptions);
    engine.adoptModem(client.modem as unknown as ModemLike);
    clients.set(engine, client);
  }
  return client;
}

/** Plain GETs on an Engine (node:http with the endpoint's agent, no dockerode): the swarm reads. */
export function readOf(engine: Engine): <T>(path: string, query?: Record<string, unknown>) => Promise<T> {
  if (engine instanceof DockerodeEngine) return (path, query) => engine.get(path, query);
  throw noClient(engine);
}
