// What `stevedore lint` needs of the engine, loaded as one unit when the engine checks are on (see scripts/build.mjs).
export { createEngine, resolveEndpoint } from '../core/engine/index';
export { syncFs } from '../core/engine/resolve';
export { createEngineFacts } from '../core/lint/engine-facts';
