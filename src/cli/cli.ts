// `stevedore` — the CLI over core. Subcommands are imported on use, so `stevedore lint` does not run the engine
// client's module code (and vice versa). dist/stevedore.cjs turns Node's compile cache on and loads this module's build.
const USAGE = `usage: stevedore <command> [options]

commands:
  engine            show the resolved Docker endpoint, where it came from, versions and resource counts
  lint [PATH…|-]    lint Dockerfiles and compose files (see: stevedore lint --help)
`;

export async function main(argv: string[]): Promise<number> {
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

// A reader that went away (`stevedore lint | head`) ends the run quietly, with the status so far.
for (const stream of [process.stdout, process.stderr])
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit();
  });

// The process ends by itself once the event loop is empty: by then everything written has been flushed.
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`stevedore: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
