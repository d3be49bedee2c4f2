// Seeded fuzz through the real language server (dist/server.js, the real protocol over stdio) and the real CLI
// (dist/cli.js): mutated and hostile Dockerfiles and compose files, with every kind of request at random
// positions. Nothing may exit, answer with an error, log "lint failed" or go unanswered (30 s: a hang
// detector, not a speed test); the CLI exits 0 or 1 with valid JSON. `npm run fuzz` runs the long version
// and prints the speed and memory figures.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM shared with scripts/fuzz.mjs, no type declarations
import { fuzz, SERVER_EXEC_ARGV as DRIVER_EXEC_ARGV, summary } from '../fuzz/drive.mjs';
import { SERVER_EXEC_ARGV } from '../../src/shared/serverProcess';

const root = join(__dirname, '../..');

describe('fuzz over the real protocol and the CLI (lsp)', () => {
  it('starts the server with the flags the extension uses', () => {
    expect(DRIVER_EXEC_ARGV).toEqual(SERVER_EXEC_ARGV);
  });

  it('300 documents per family: no exit, error response, lint failure or hang; CLI exit 0/1 with JSON', async () => {
    if (!existsSync(join(root, 'dist/server.js')) || !existsSync(join(root, 'dist/cli.js')))
      execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], { cwd: root, stdio: 'inherit' });
    const report = await fuzz({ root, count: 300, seed: 25, sizes: 'test', hangMs: 30_000 });
    const s = summary(report);
    expect(report.exits).toEqual([]);
    expect(report.errorResponses).toEqual([]);
    expect(report.lintFailures).toEqual([]);
    expect(report.hangs).toEqual([]);
    expect(report.cli.badExit).toEqual([]);
    expect(report.cli.badJson).toEqual([]);
    expect(report.cli.checkFailed).toEqual([]);
    expect(s.documents).toBe(600);
    expect(s.cli.files).toBeGreaterThan(100);
  }, 1_800_000);
});
