// esbuild: one bundle per process. Only the extension entry treats `vscode` as external.
import * as esbuild from 'esbuild';
import { chmodSync, copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
const entries = [
  {
    name: 'extension',
    entryPoints: ['src/extension/extension.ts'],
    outfile: `${out}/extension.js`,
    external: [...common.external, 'vscode'],
  },
  { name: 'server', entryPoints: ['src/server/server.ts'], outfile: `${out}/server.js` },
  // The CLI as ES modules split at its import()s (dist/cli/main.mjs and its chunks): a run reads only what it uses,
  // e.g. `lint --offline` on a Dockerfile neither the engine client (dockerode, grpc: half the code) nor the compose
  // family. Node compiles every byte of a file it loads, and one 1.4 MB file cost more than the lint. The banner gives
  // the bundled CommonJS packages the require/__dirname they expect.
  {
    name: 'cli',
    entryPoints: { main: 'src/cli/cli.ts' },
    outdir: `${out}/cli`,
    format: 'esm',
    splitting: true,
    outExtension: { '.js': '.mjs' },
    banner: {
      js: [
        "import { createRequire as __bannerCreateRequire } from 'node:module';",
        "import { dirname as __bannerDirname } from 'node:path';",
        "import { fileURLToPath as __bannerFileURLToPath } from 'node:url';",
        'const require = __bannerCreateRequire(import.meta.url);',
        'const __filename = __bannerFileURLToPath(import.meta.url);',
        'const __dirname = __bannerDirname(__filename);',
      ].join(' '),
    },
  },
].filter((e) => !only || only.includes(e.name));
mkdirSync(out, { recursive: true });
// hashed chunk names: the previous build's would stay beside the new ones
if (!only || only.includes('cli')) {
  rmSync(`${out}/cli`, { recursive: true, force: true });
  rmSync(`${out}/cli.js.map`, { force: true }); // of the single-file CLI builds before
}
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
    // the package's bin: turns on Node's compile cache, then loads dist/cli.js, which loads the CLI's modules
    copyFileSync('src/cli/stevedore.cjs', `${out}/stevedore.cjs`);
    writeFileSync(
      `${out}/cli.js`,
      "// `node dist/cli.js …` runs the CLI (dist/cli/main.mjs)\nimport('./cli/main.mjs');\n",
    );
    chmodSync(`${out}/stevedore.cjs`, 0o755);
  }
}
