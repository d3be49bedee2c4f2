import * as esbuild from 'esbuild';
import { bundleAliases } from './bundleAliases.mjs';
import { composeValidatorPlugin } from './composeValidator.mjs';
const r = await esbuild.build({ bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, alias: bundleAliases, metafile: true, write: false,
  external: ['cpu-features'], plugins: [composeValidatorPlugin], entryPoints: [process.argv[2]], outfile: '/tmp/x.js' });
const ins = Object.values(r.metafile.outputs)[0].inputs; const by = {};
for (const [k, v] of Object.entries(ins)) { const m = k.match(/node_modules\/((@[^/]+\/)?[^/]+)/); const key = m ? m[1] : k.startsWith('src/') ? k.split('/').slice(0, 4).join('/') : k; by[key] = (by[key] || 0) + v.bytesInOutput; }
console.log(Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${String(v).padStart(8)} ${k}`).join('\n'));
