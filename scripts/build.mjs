// esbuild: one bundle per process. Only the extension entry treats `vscode` as external.
import * as esbuild from 'esbuild';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { composeValidatorPlugin } from './composeValidator.mjs';
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// --outdir=DIR (default dist) and --only=cli,server,extension: e.g. the CLI bench builds the CLI alone in a temp dir
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const out = arg('outdir') ?? 'dist';
const only = arg('only')?.split(',');
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'info',
  // docker-modem requires ssh2 (with native parts) at load; we reach ssh:// engines through `ssh … docker system dial-stdio`
  // vscode-languageserver-types: its CommonJS build for every importer. dockerfile-ast and vscode-languageserver
  // require() it, our code imports it: with the ESM build picked for our imports, each require() copied all its exports.
  alias: {
    ssh2: './src/core/engine/ssh2Shim.ts',
    'vscode-languageserver-types': './node_modules/vscode-languageserver-types/lib/umd/main.js',
  },
  external: ['cpu-features'],
  // the compose-spec validator as ajv's standalone code, not compiled at run time
  plugins: [composeValidatorPlugin],
};
// The CLI's files: every import() in the CLI's code must name one of these (the build fails otherwise).
const CLI_UNITS = [
  { entry: 'src/cli/cli.ts', file: 'cli.js' },
  { entry: 'src/cli/lint.ts', file: 'cli/lint.cjs', imported: /^\.\/lint\.js$/ },
  { entry: 'src/cli/engine.ts', file: 'cli/engine.cjs', imported: /^\.\/engine\.js$/ },
  {
    entry: 'src/core/lint/dockerfile/index.ts',
    file: 'cli/lint-dockerfile.cjs',
    imported: /^\.\/dockerfile\/index\.js$/,
  },
  { entry: 'src/core/lint/compose/index.ts', file: 'cli/lint-compose.cjs', imported: /^\.\/compose\/index\.js$/ },
  { entry: 'src/cli/engineLink.ts', file: 'cli/engine-link.cjs', imported: /^\.\/engineLink\.js$/ },
  { entry: 'yaml', file: 'cli/yaml.cjs', imported: /^yaml$/ },
];
const UNIT_WRAPPER = {
  banner: { js: '(function (exports, require, module, __filename, __dirname) {' },
  footer: { js: '})' },
};
/** Resolves a unit's import() of another unit to that unit's file, relative to the importer's own file. */
function lazyUnits(from) {
  const rel = (file) => (from.startsWith('cli/') ? `./${file.slice(4)}` : `./${file}`);
  return {
    name: 'cli-units',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (a) => {
        if (a.kind !== 'dynamic-import') return undefined;
        const u = CLI_UNITS.find((x) => x.imported?.test(a.path));
        if (!u)
          return {
            errors: [{ text: `import('${a.path}') is not a CLI unit: add it to CLI_UNITS in scripts/build.mjs` }],
          };
        return { path: rel(u.file), external: true };
      });
      b.onResolve({ filter: /^dockerode$/ }, () => ({ path: rel('cli/dockerode.cjs'), external: true }));
    },
  };
}
const entries = [
  {
    name: 'extension',
    entryPoints: ['src/extension/extension.ts'],
    outfile: `${out}/extension.js`,
    external: [...common.external, 'vscode'],
  },
  { name: 'server', entryPoints: ['src/server/server.ts'], outfile: `${out}/server.js` },
  // The CLI is CommonJS, cut by hand at its lazy imports (CLI_UNITS) so each subcommand loads only its own files:
  // `stevedore lint` on a Dockerfile never parses the compose schema, yaml or dockerode. (ESM splitting did the same
  // cutting, but Node's ESM loader costs more at start-up than the cut saves.) dist/cli.js is the entry.
  // Every file in cli/ is written as the function Node would wrap a CommonJS file in, loaded by cli.js (src/cli/codeCache.ts).
  ...CLI_UNITS.map((u) => ({
    name: 'cli',
    entryPoints: [u.entry],
    outfile: `${out}/${u.file}`,
    plugins: [...common.plugins, lazyUnits(u.file)],
    // import() of a unit becomes require(): a dynamic import would send the file through the ESM loader
    supported: { 'dynamic-import': false },
    ...(u.imported ? UNIT_WRAPPER : {}),
  })),
  // dockerode is required on first use only (the engine's reads are plain GETs), from a file of its own
  { name: 'cli', entryPoints: ['dockerode'], outfile: `${out}/cli/dockerode.cjs`, ...UNIT_WRAPPER },
].filter((e) => !only || only.includes(e.name));
mkdirSync(out, { recursive: true });
// Node looks up the package.json above a script it runs or a file it requires. This one stops the lookup in dist/:
// otherwise every `node dist/cli.js` reads and parses the extension's 130 KB manifest (about 5 ms of a lint).
writeFileSync(`${out}/package.json`, '{ "private": true, "type": "commonjs" }\n');
if (entries.some((e) => e.name === 'cli')) rmSync(`${out}/cli`, { recursive: true, force: true }); // drop stale units
const contexts = await Promise.all(
  entries.map(({ name: _name, ...e }) => esbuild.context({ ...common, ...e, external: e.external ?? common.external })),
);
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (existsSync(`${out}/cli.js`)) chmodSync(`${out}/cli.js`, 0o755); // the package's bin
}
