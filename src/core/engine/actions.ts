// The public side of the engine's write and stream verbs: `actionsFor(engine)` gives the EngineActions of an
// engine; the rest is records, option types and pure helpers. The dockerode-backed functions stay inside
// src/core/engine (actionsContainers.ts, …).
export { actionsFor } from './dockerodeActions';
export type {
  BuildOptions,
  ContainerFile,
  EngineActions,
  ExecOptions,
  InspectKind,
  LogSessionEvent,
  NetworkCreateSpec,
  PruneScope,
  VolumeCreateSpec,
} from './engineActions';
export * from './actionsTypes';
export { builtImageId, contextEntries } from './actionsBuild';
export { parseProgress, registryAuthHeader, splitReference } from './actionsImages';
export { networkDrivers } from './actionsResources';
export { computeStats } from './actionsStats';
export { rfc3339ToSince } from './actionsLogs';
export { isPrunableAnonymous, buildCacheCandidates, type BuildCacheRecord } from './actionsPrune';
export { toActionError, engineMessage } from './actionsErrors';
export { demux, jsonLines } from './actionsStreams';
