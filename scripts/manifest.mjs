// Writes package.json's `contributes.commands` and `contributes.menus` from the command table
// (src/core/commands/table). `--check` only reports whether they differ (exit 1).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = await esbuild.build({
  entryPoints: [join(root, 'src/core/commands/table/manifest.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  write: false,
});
const mod = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
const file = join(root, 'package.json');
const text = readFileSync(file, 'utf8');
const pkg = JSON.parse(text);
const { commands, menus } = mod.contributions();
pkg.contributes.commands = commands;
pkg.contributes.menus = menus;
const next = `${JSON.stringify(pkg, null, 2)}\n`;
if (next === text) process.exit(0);
if (process.argv.includes('--check')) {
  console.error('package.json contributes.commands/menus differ from the command table: run `npm run manifest`');
  process.exit(1);
}
writeFileSync(file, next);
console.log('package.json: contributes.commands and contributes.menus rewritten from the command table');
