// Mutating operations and streams over the Engine (containers, exec, logs, stats, images, build, volumes, networks, prune).
export * from './actionsTypes';
export * from './actionsContainers';
export * from './actionsExec';
export * from './actionsLogs';
export * from './actionsStats';
export * from './actionsImages';
export * from './actionsBuild';
export * from './actionsResources';
export * from './actionsPrune';
export { toActionError, engineMessage } from './actionsErrors';
export { demux, jsonLines } from './actionsStreams';
