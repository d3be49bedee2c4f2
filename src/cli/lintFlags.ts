// Flags of `stevedore lint` that take a little parsing of their own.
import { UsageError } from './lintInputs';

/**
 * `--build-arg KEY=VALUE` (repeatable, later wins), as `docker build` takes it: `KEY` alone takes the value from the
 * environment and is left out when the environment has none.
 */
export function parseBuildArgs(flags: readonly string[], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const flag of flags) {
    const eq = flag.indexOf('=');
    const key = (eq === -1 ? flag : flag.slice(0, eq)).trim();
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new UsageError(`--build-arg expects KEY=VALUE, got '${flag}'`);
    const value = eq === -1 ? env[key] : flag.slice(eq + 1);
    if (value !== undefined) out[key] = value;
  }
  return out;
}
