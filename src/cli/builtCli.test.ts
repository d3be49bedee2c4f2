// The bundled CLI, built from the current source into a temp dir: what the unit tests of runLintCommand
// cannot see (module interop in the ESM chunks, the launcher).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonFinding } from './lintFormat';

const root = resolve(__dirname, '../..');
let dir = '';
let cli = '';

function lint(...args: string[]): { code: number | null; findings: JsonFinding[]; err: string } {
  const r = spawnSync(process.execPath, [cli, 'lint', '--offline', '--format', 'json', ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, findings: r.stdout ? (JSON.parse(r.stdout) as JsonFinding[]) : [], err: r.stderr };
}

describe('built stevedore lint (unit)', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stevedore-built-cli-'));
    const build = spawnSync(process.execPath, ['scripts/build.mjs', `--outdir=${join(dir, 'dist')}`, '--only=cli'], { cwd: root, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
    cli = join(dir, 'dist/cli.js');
    writeFileSync(join(dir, 'Dockerfile'), 'FROM evil.example.org/debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nUSER nobody\n');
  }, 120_000);
  afterAll(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

  it('--config .hadolint.yaml: ignored, failure-threshold and trustedRegistries change the results', () => {
    const plain = lint('Dockerfile');
    expect(plain.err).toBe('');
    expect(plain.code).toBe(1);
    const rules = plain.findings.map((f) => f.rule);
    expect(rules).toContain('apt-get-pin');
    expect(rules).not.toContain('trusted-registry');

    writeFileSync(join(dir, 'custom.yaml'), 'ignored: [DL3008, DL3009]\nfailure-threshold: error\ntrustedRegistries: [docker.io]\n');
    const configured = lint('--config', 'custom.yaml', 'Dockerfile');
    expect(configured.err).toBe('');
    const after = configured.findings.map((f) => f.rule);
    expect(after).not.toContain('apt-get-pin');
    expect(after).toContain('trusted-registry');
    expect(configured.code).toBe(1); // trusted-registry is an error

    writeFileSync(join(dir, 'lenient.yaml'), 'ignored: [DL3008]\nfailure-threshold: error\n');
    const lenient = lint('--config', 'lenient.yaml', 'Dockerfile');
    expect(lenient.err).toBe('');
    expect(lenient.findings.length).toBeGreaterThan(0);
    expect(lenient.code).toBe(0);
  });

  it('reports YAML errors from the parser itself', () => {
    writeFileSync(join(dir, 'bad.yaml'), 'ignored: [\n');
    const r = lint('--config', 'bad.yaml', 'Dockerfile');
    expect(r.err).toContain('invalid YAML');
    expect(r.err).not.toContain('is not a function');
  });
});
