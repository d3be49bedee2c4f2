// What `stevedore lint` needs of the engine, imported only when the engine checks are on.
export { createEngine } from '../core/engine/index';
export { createEngineFacts } from '../core/lint/engine-facts';
export { detectComposeCli } from '../core/compose/cli';
