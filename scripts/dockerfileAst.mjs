// Compiles the fork of dockerfile-ast (packages/dockerfile-ast, installed as node_modules/dockerfile-ast) to its lib/
// when its source is newer than what was compiled. Run by `npm install` (the prepare script) and by every build, so
// a checkout that was installed before the fork existed, or whose fork source changed, never bundles a stale lib/.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../packages/dockerfile-ast/', import.meta.url));

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

export function buildDockerfileAst() {
  const main = join(root, 'lib/main.js');
  if (existsSync(main) && statSync(main).mtimeMs >= newest(join(root, 'src'))) return;
  const tsc = fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url));
  const r = spawnSync(process.execPath, [tsc, '-p', join(root, 'src')], { stdio: 'inherit' });
  if (r.status !== 0) throw new Error('packages/dockerfile-ast did not compile');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) buildDockerfileAst();
