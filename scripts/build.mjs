// esbuild: one bundle per process. Only the extension entry treats `vscode` as external.
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { bundleAliases } from './bundleAliases.mjs';
import { composeValidatorPlugin } from './composeValidator.mjs';
import { buildDockerfileAst } from './dockerfileAst.mjs';
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
  alias: bundleAliases,
  external: ['cpu-features'],
  // the compose-spec validator as ajv's standalone code, not compiled at run time
  plugins: [composeValidatorPlugin],
};
const entries = [
  {
    name: 'extension',
    entryPoints: ['src/extension/extension.ts'],
    outfile: `${out}/extension.js`,
    external: [...common.external, 'vscode'],
  },
  { name: 'server', entryPoints: ['src/server/server.ts'], outfile: `${out}/server.js` },
  // the CLI: dist/cli.js, run through the package's bin dist/stevedore.cjs (copied from src/cli/stevedore.cjs)
  { name: 'cli', entryPoints: ['src/cli/cli.ts'], outfile: `${out}/cli.js` },
].filter((e) => !only || only.includes(e.name));
buildDockerfileAst();
mkdirSync(out, { recursive: true });
// the ES-module chunks of earlier CLI builds
if (!only || only.includes('cli')) rmSync(`${out}/cli`, { recursive: true, force: true });
// Node looks up the package.json above a script it runs or a file it requires. This one stops the lookup in dist/:
// otherwise every `node dist/cli.js` reads and parses the extension's 130 KB manifest (about 5 ms of a lint).
writeFileSync(`${out}/package.json`, '{ "private": true, "type": "commonjs" }\n');
const contexts = await Promise.all(
  entries.map(({ name: _name, ...e }) => esbuild.context({ ...common, ...e, external: e.external ?? common.external })),
);
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
  if (!only || only.includes('cli')) {
    // the package's bin: turns on Node's compile cache, then loads dist/cli.js
    copyFileSync('src/cli/stevedore.cjs', `${out}/stevedore.cjs`);
    chmodSync(`${out}/stevedore.cjs`, 0o755);
  }
}
