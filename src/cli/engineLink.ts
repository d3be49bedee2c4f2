// What `stevedore lint` needs of the engine, imported only when the engine checks are on.
export { createEngine, resolveEndpoint } from '../core/engine/index';
export { syncFs } from '../core/engine/resolve';
export { createEngineFacts } from '../core/lint/engine-facts';
export { detectComposeCli } from '../core/compose/cli';
