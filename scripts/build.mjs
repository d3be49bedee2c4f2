// esbuild: one bundle per process. Only the extension entry treats `vscode` as external.
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { composeValidatorPlugin } from './composeValidator.mjs';
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// --outdir=DIR (default dist) and --only=cli,server,extension: e.g. the CLI bench builds the CLI alone in a temp dir
const arg = (name) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const out = arg('outdir') ?? 'dist';
const only = arg('only')?.split(',');
const common = {
  bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production,
  minify: production, logLevel: 'info',
  // docker-modem requires ssh2 (with native parts) at load; we reach ssh:// engines through `ssh … docker system dial-stdio`
  alias: { ssh2: './src/core/engine/ssh2Shim.ts' },
  external: ['cpu-features'],
  // the compose-spec validator as ajv's standalone code, not compiled at run time
  plugins: [composeValidatorPlugin],
};
const entries = [
  { name: 'extension', entryPoints: ['src/extension/extension.ts'], outfile: `${out}/extension.js`, external: [...common.external, 'vscode'] },
  { name: 'server', entryPoints: ['src/server/server.ts'], outfile: `${out}/server.js` },
  // The CLI is ESM with code splitting so each subcommand loads only its own chunks (`stevedore lint`
  // never parses dockerode); dist/cli.js is a tiny launcher written below.
  { name: 'cli', entryPoints: { cli: 'src/cli/cli.ts' }, outdir: `${out}/cli`, format: 'esm', splitting: true, outExtension: { '.js': '.mjs' },
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    // the engine requires dockerode on first use only (its reads are plain GETs): dockerode goes to a file of its own,
    // bundled below, so a run that never needs it (`stevedore lint`, `stevedore engine`) does not even parse it
    plugins: [...common.plugins, { name: 'dockerode-file', setup: (b) => b.onResolve({ filter: /^dockerode$/ }, () => ({ path: './dockerode.cjs', external: true })) }] },
  { name: 'cli', entryPoints: { dockerode: 'dockerode' }, outdir: `${out}/cli`, outExtension: { '.js': '.cjs' } },
].filter((e) => !only || only.includes(e.name));
mkdirSync(out, { recursive: true });
if (entries.some((e) => e.name === 'cli')) {
  rmSync(`${out}/cli`, { recursive: true, force: true }); // chunk names change with content: drop stale ones
  // Node >= 22.1 keeps the chunks' compiled code between runs (module.enableCompileCache; absent on Node 20)
  writeFileSync(`${out}/cli.js`, "#!/usr/bin/env node\n// launcher: the CLI itself is cli/cli.mjs and its chunks\nrequire('node:module').enableCompileCache?.();\nimport('./cli/cli.mjs');\n", { mode: 0o755 });
}
const contexts = await Promise.all(entries.map(({ name: _name, ...e }) => esbuild.context({ ...common, ...e, external: e.external ?? common.external })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
