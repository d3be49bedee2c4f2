// The engine module's front door: resolve where the engine is, connect to it, watch it.
import { markFailed } from './failedEngines';
import { DockerodeEngine, type EngineOptions } from './DockerodeEngine';
import type { Engine } from './engine';
import type { EngineError } from './errors';
import type { ResolvedEndpoint } from './types';

export * from './types';
export type { Engine, EngineMonitor } from './engine';
export { EngineError, isEngineError, toEngineError } from './errors';
export { resolveEndpoint, listContexts, contextDirName, type ResolveOptions } from './resolve';
export { createEngineMonitor, type MonitorOptions } from './monitor';
export { watchDockerContexts, type ContextsWatcherOptions } from './contextsWatcher';
export { CLIENT_MAX_API, CLIENT_MIN_API, type EngineOptions } from './DockerodeEngine';
export { sshArgv } from './transport';

/** An Engine for the endpoint. Connects lazily: nothing touches the network until the first call. */
export function createEngine(endpoint: ResolvedEndpoint, options?: EngineOptions): Engine {
  return new DockerodeEngine(endpoint, options);
}

/** An Engine for a window whose endpoint could not be resolved (e.g. a missing context): every call fails with that error. */
export function createFailedEngine(error: EngineError, endpoint?: Partial<ResolvedEndpoint>): Engine {
  const fail = (): Promise<never> => Promise.reject(error);
  const engine: Engine = {
    endpoint: {
      host: endpoint?.host ?? '',
      source: endpoint?.source ?? 'default',
      context: endpoint?.context,
      reason: error.message,
    },
    ping: fail,
    version: fail,
    info: fail,
    listContainers: fail,
    inspectContainer: fail,
    listImages: fail,
    inspectImage: fail,
    listVolumes: fail,
    inspectVolume: fail,
    listNetworks: fail,
    inspectNetwork: fail,
    diskUsage: fail,
    // eslint-disable-next-line require-yield
    events: async function* () {
      throw error;
    },
    dispose() {
      /* nothing held */
    },
  };
  markFailed(engine, error);
  return engine;
}
export { createMonitorHub, type MonitorHub } from './monitorHub';
export { describeHealth, engineLabel, targetLabel, type HealthText } from './describe';
