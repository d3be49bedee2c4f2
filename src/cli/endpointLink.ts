// Where the engine is, imported before the engine client: with no socket there (CI without Docker), the client's
// modules are never loaded.
export { resolveEndpoint, syncFs } from '../core/engine/resolve';
