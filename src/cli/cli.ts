#!/usr/bin/env node
// `stevedore` — the CLI over core. Subcommands live in their own modules, loaded on use so
// `stevedore lint` does not pay for the engine client (and vice versa).
import { join } from 'node:path';
import { defaultCacheDir, installUnitLoader } from './codeCache';
import { exitWith, writeStderr, writeStdout } from './output';

const USAGE = `usage: stevedore <command> [options]

commands:
  engine            show the resolved Docker endpoint, where it came from, versions and resource counts
  lint [PATH…|-]    lint Dockerfiles and compose files (see: stevedore lint --help)
`;

export async function main(argv: string[]): Promise<number> {
  // the units loaded below, with their compiled code kept between runs
  installUnitLoader(join(__dirname, 'cli'), defaultCacheDir());
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'engine':
      return (await import('./engine.js')).runEngineCommand(rest);
    case 'lint':
      return (await import('./lint.js')).runLintCommand(rest);
    case undefined:
    case '-h':
    case '--help':
      writeStdout(USAGE);
      return cmd === undefined ? 2 : 0;
    default:
      writeStderr(`stevedore: unknown command '${cmd}'\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => exitWith(code),
  (e: unknown) => {
    writeStderr(`stevedore: ${e instanceof Error ? e.message : String(e)}\n`);
    exitWith(2);
  },
);
