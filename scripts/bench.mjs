// `npm run bench`: bundles every test/bench/*.bench.ts with esbuild and runs each in its own node
// process (--expose-gc), in name order, resolving packages as scripts/build.mjs does for the shipped bundles. Each bench prints its figures and the ratios against the peer
// it measures in the same run. Pass names to run a subset: npm run bench -- explorer lint
import * as esbuild from 'esbuild';
import { readdirSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { bundleAliases } from './bundleAliases.mjs';
const only = process.argv.slice(2);
const files = readdirSync('test/bench')
  .filter((f) => f.endsWith('.bench.ts'))
  .sort()
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
mkdirSync('.bench', { recursive: true });
let failed = 0;
for (const f of files) {
  const out = `.bench/${f.replace(/\.ts$/, '.cjs')}`;
  await esbuild.build({
    entryPoints: [`test/bench/${f}`],
    outfile: out,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['cpu-features'],
    alias: { ...bundleAliases, vscode: './test/bench/vscodeShim.ts' },
    logLevel: 'warning',
  });
  console.log(`\n=== ${f} ===`);
  const r = spawnSync(process.execPath, ['--expose-gc', out], { stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exitCode = failed ? 1 : 0;
