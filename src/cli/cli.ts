#!/usr/bin/env node
// `stevedore` — the CLI over core. Subcommands live in their own modules, loaded on use so
// `stevedore lint` does not pay for the engine client (and vice versa).
import * as nodeModule from 'node:module';
import { join } from 'node:path';
import { defaultCacheDir, installCodeCache } from './codeCache';

const USAGE = `usage: stevedore <command> [options]

commands:
  engine            show the resolved Docker endpoint, where it came from, versions and resource counts
  lint [PATH…|-]    lint Dockerfiles and compose files (see: stevedore lint --help)
`;

export async function main(argv: string[]): Promise<number> {
  // the compiled code of the units loaded below is kept between runs: by Node itself from 22.1, else by us
  const { enableCompileCache } = nodeModule as { enableCompileCache?: () => unknown };
  if (enableCompileCache) enableCompileCache();
  else {
    const cacheDir = defaultCacheDir();
    if (cacheDir) installCodeCache(join(__dirname, 'cli'), cacheDir);
  }
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'engine':
      return (await import('./engine.js')).runEngineCommand(rest);
    case 'lint':
      return (await import('./lint.js')).runLintCommand(rest);
    case undefined:
    case '-h':
    case '--help':
      process.stdout.write(USAGE);
      return cmd === undefined ? 2 : 0;
    default:
      process.stderr.write(`stevedore: unknown command '${cmd}'\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: unknown) => { process.stderr.write(`stevedore: ${e instanceof Error ? e.message : String(e)}\n`); process.exitCode = 2; },
);
