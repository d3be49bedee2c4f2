import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contextEntries } from './actionsBuild';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function ctx(files: Record<string, string>): string {
  const d = mkdtempSync(join(tmpdir(), 'sdcmd-ctx-'));
  dirs.push(d);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(d, p, '..'), { recursive: true });
    writeFileSync(join(d, p), text);
  }
  return d;
}

describe('build context (unit)', () => {
  it('sends everything without a .dockerignore', async () => {
    expect(await contextEntries(ctx({ Dockerfile: '', 'a/b.txt': '', 'c.txt': '' }))).toEqual([
      'Dockerfile',
      'a/b.txt',
      'c.txt',
    ]);
  });

  it('honours exclusions, exceptions and ** like the CLI, and always sends the Dockerfile and .dockerignore', async () => {
    const d = ctx({
      'docker/Dockerfile': '',
      '.dockerignore': '*\n!src\nsrc/**/*.log\n!src/keep.log\ndocker\n',
      'README.md': '',
      'src/a.ts': '',
      'src/deep/x.log': '',
      'src/keep.log': '',
      'node_modules/m/index.js': '',
    });
    expect(await contextEntries(d, 'docker/Dockerfile')).toEqual([
      '.dockerignore',
      'docker/Dockerfile',
      'src/a.ts',
      'src/keep.log',
    ]);
  });

  it('prunes ignored directories when there are no exceptions', async () => {
    const d = ctx({
      Dockerfile: '',
      '.dockerignore': 'node_modules\n.git\n',
      'node_modules/a/b.js': '',
      '.git/HEAD': '',
      'app.js': '',
    });
    expect(await contextEntries(d)).toEqual(['.dockerignore', 'Dockerfile', 'app.js']);
  });

  it('refuses a .dockerignore that is not a regular file (a symlink to /dev/zero), naming why', async () => {
    const d = ctx({ Dockerfile: 'FROM x\n' });
    symlinkSync('/dev/zero', join(d, '.dockerignore'));
    await expect(contextEntries(d)).rejects.toThrow(/\.dockerignore was not read: it is a character device/);
  });
});
