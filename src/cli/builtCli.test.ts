// The bundled CLI, built from the current source into a temp dir and run through its bin (dist/stevedore.cjs): what
// the unit tests of runLintCommand cannot see (the bundle, the launcher, stdout and the exit status).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonFinding } from './lintFormat';

const root = resolve(__dirname, '../..');
let dir = '';
let cli = '';

function run(args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function lint(...args: string[]): { code: number | null; findings: JsonFinding[]; err: string } {
  const r = run(['lint', '--offline', '--format', 'json', ...args]);
  return { code: r.code, findings: r.out ? (JSON.parse(r.out) as JsonFinding[]) : [], err: r.err };
}

describe('built stevedore lint (unit)', () => {
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'stevedore-built-cli-'));
    const build = spawnSync(process.execPath, ['scripts/build.mjs', `--outdir=${join(dir, 'dist')}`, '--only=cli'], {
      cwd: root,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
    cli = join(dir, 'dist/stevedore.cjs');
    writeFileSync(
      join(dir, 'Dockerfile'),
      'FROM evil.example.org/debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\nUSER nobody\n',
    );
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('--config .hadolint.yaml: ignored, failure-threshold and trustedRegistries change the results', () => {
    const plain = lint('Dockerfile');
    expect(plain.err).toBe('');
    expect(plain.code).toBe(1);
    const rules = plain.findings.map((f) => f.rule);
    expect(rules).toContain('apt-get-pin');
    expect(rules).not.toContain('trusted-registry');

    writeFileSync(
      join(dir, 'custom.yaml'),
      'ignored: [DL3008, DL3009]\nfailure-threshold: error\ntrustedRegistries: [docker.io]\n',
    );
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

  it("never reads the manifest above dist/ (the build's dist/package.json ends Node's package lookup)", () => {
    // in a checkout or an installed package, dist/ sits under the extension's 130 KB package.json; were Node to read
    // it, this broken one would stop the run with a parse error
    writeFileSync(join(dir, 'package.json'), '{ "name": "stevedore", broken');
    try {
      const r = lint('Dockerfile');
      expect(r.err).toBe('');
      expect(r.findings.length).toBeGreaterThan(0);
    } finally {
      rmSync(join(dir, 'package.json'));
    }
  });

  it('stops quietly when the reader of its output is gone (`stevedore engine | true`)', () => {
    // `true` exits without reading: the report's first write finds the pipe closed
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${cli}" engine --host unix://${join(dir, 'none.sock')} | true`],
      { encoding: 'utf8' },
    );
    expect(r.stderr).toContain('stevedore engine:');
    expect(r.stderr).not.toContain('EPIPE');
  });

  it('prints a large report whole through a pipe, a blocking or a full non-blocking one, and the usage without a command', () => {
    // 400 findings' worth of JSON, well past a pipe's buffer
    writeFileSync(join(dir, 'Dockerfile.big'), `FROM debian:12\n${'RUN apt-get install curl\n'.repeat(200)}`);
    const r = run(['lint', '--offline', '--format', 'json', 'Dockerfile.big']);
    expect(r.out.length).toBeGreaterThan(65_536);
    expect((JSON.parse(r.out) as JsonFinding[]).length).toBeGreaterThanOrEqual(400);
    // stdout made non-blocking (as a parent sharing the pipe may leave it) and read slowly: the pipe fills, and the
    // process must not end before process.stdout's queue is written
    const preload = join(dir, 'nonblocking-stdout.cjs');
    writeFileSync(preload, 'process.stdout;\n');
    const slow = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${cli}" lint --offline --format json Dockerfile.big | (sleep 0.5; cat)`],
      {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 1 << 24,
        env: { ...process.env, NODE_OPTIONS: `--require ${preload}` },
      },
    );
    expect(slow.stdout).toBe(r.out);
    const usage = run([]);
    expect(usage.code).toBe(2);
    expect(usage.out).toContain('usage: stevedore <command>');
  });
});
