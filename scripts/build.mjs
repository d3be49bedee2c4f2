// esbuild: one bundle per process. Only the extension entry treats `vscode` as external.
import * as esbuild from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { composeValidatorPlugin } from './composeValidator.mjs';
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
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
  { entryPoints: ['src/extension/extension.ts'], outfile: 'dist/extension.js', external: [...common.external, 'vscode'] },
  { entryPoints: ['src/server/server.ts'], outfile: 'dist/server.js' },
  // The CLI is ESM with code splitting so each subcommand loads only its own chunks (`stevedore lint`
  // never parses dockerode); dist/cli.js is a tiny launcher written below.
  { entryPoints: { cli: 'src/cli/cli.ts' }, outdir: 'dist/cli', format: 'esm', splitting: true, outExtension: { '.js': '.mjs' },
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" } },
];
rmSync('dist/cli', { recursive: true, force: true }); // chunk names change with content: drop stale ones
mkdirSync('dist', { recursive: true });
writeFileSync('dist/cli.js', "#!/usr/bin/env node\n// launcher: the CLI itself is dist/cli/cli.mjs and its chunks\nimport('./cli/cli.mjs');\n", { mode: 0o755 });
const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e, external: e.external ?? common.external })));
if (watch) {
  await Promise.all(contexts.map((c) => c.watch()));
} else {
  await Promise.all(contexts.map((c) => c.rebuild()));
  await Promise.all(contexts.map((c) => c.dispose()));
}
