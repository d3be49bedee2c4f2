// The bundled CLI, built from the current source into a temp dir: what the unit tests of runLintCommand
// cannot see (module interop in the bundled units, the code cache, stdout).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonFinding } from './lintFormat';

const root = resolve(__dirname, '../..');
let dir = '';
let cli = '';

const cacheHome = () => join(dir, 'cache-home');
function run(args: string[], env: NodeJS.ProcessEnv = {}): { code: number | null; out: string; err: string } {
  // NODE_OPTIONS cleared: a run with Node flags writes no code cache
  const r = spawnSync(process.execPath, [cli, ...args], {
    encoding: 'utf8',
    cwd: dir,
    env: { ...process.env, NODE_OPTIONS: '', XDG_CACHE_HOME: cacheHome(), ...env },
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
    cli = join(dir, 'dist/cli.js');
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

  it('keeps a V8 code cache of the units it ran, private to the user, and survives a damaged one', () => {
    const cacheDir = join(cacheHome(), 'stevedore', 'cli-code');
    rmSync(cacheHome(), { recursive: true, force: true });
    const first = run(['lint', '--offline', '--format', 'json', 'Dockerfile']);
    expect(first.err).toBe('');
    const files = readdirSync(cacheDir).sort();
    expect(files.map((f) => f.replace(/-\d+-\d+-v[\d.]+-\w+\.v8$/, ''))).toEqual(['lint-dockerfile.cjs', 'lint.cjs']);
    expect(statSync(cacheDir).mode & 0o777).toBe(0o700);
    for (const f of files) expect(statSync(join(cacheDir, f)).mode & 0o777).toBe(0o600);

    // with the cache: the same report, and nothing rewritten
    const mtimes = files.map((f) => statSync(join(cacheDir, f)).mtimeMs);
    expect(run(['lint', '--offline', '--format', 'json', 'Dockerfile'])).toEqual(first);
    expect(files.map((f) => statSync(join(cacheDir, f)).mtimeMs)).toEqual(mtimes);

    // a damaged cache file is rejected by V8 and written again
    const damaged = join(cacheDir, files[0]!);
    writeFileSync(damaged, 'not V8 code');
    expect(run(['lint', '--offline', '--format', 'json', 'Dockerfile'])).toEqual(first);
    expect(readFileSync(damaged).length).toBeGreaterThan(1000);

    // a compose file brings its own unit
    writeFileSync(join(dir, 'compose.yaml'), 'services:\n  web:\n    image: nginx:1.27\n');
    expect(run(['lint', '--offline', 'compose.yaml']).code).toBe(0);
    expect(readdirSync(cacheDir).some((f) => f.startsWith('lint-compose.cjs-'))).toBe(true);
  });

  it('a run with Node or V8 flags reads the cache but writes none', () => {
    rmSync(cacheHome(), { recursive: true, force: true });
    const flagged = spawnSync(process.execPath, ['--no-warnings', cli, 'lint', '--offline', 'Dockerfile'], {
      encoding: 'utf8',
      cwd: dir,
      env: { ...process.env, NODE_OPTIONS: '', XDG_CACHE_HOME: cacheHome() },
    });
    expect(flagged.status).toBe(1);
    expect(run(['lint', '--offline', 'Dockerfile'], { NODE_OPTIONS: '--no-warnings' }).code).toBe(1);
    expect(existsSync(join(cacheHome(), 'stevedore'))).toBe(false);
    expect(run(['lint', '--offline', 'Dockerfile']).code).toBe(1);
    expect(readdirSync(join(cacheHome(), 'stevedore', 'cli-code')).length).toBe(2);
  });

  it('STEVEDORE_NO_CODE_CACHE=1 keeps no cache', () => {
    rmSync(cacheHome(), { recursive: true, force: true });
    expect(run(['lint', '--offline', 'Dockerfile'], { STEVEDORE_NO_CODE_CACHE: '1' }).code).toBe(1);
    expect(existsSync(join(cacheHome(), 'stevedore'))).toBe(false);
  });

  it('an unwritable cache folder changes nothing', () => {
    rmSync(cacheHome(), { recursive: true, force: true });
    writeFileSync(cacheHome(), 'a file where the folder should be');
    const r = run(['lint', '--offline', '--format', 'json', 'Dockerfile']);
    expect(r.err).toBe('');
    expect((JSON.parse(r.out) as JsonFinding[]).length).toBeGreaterThan(0);
    rmSync(cacheHome(), { force: true });
  });

  it('writes every unit as the function around a CommonJS file, which cli.js alone loads (on every Node version)', () => {
    const units = readdirSync(join(dir, 'dist/cli')).filter((f) => f.endsWith('.cjs'));
    expect(units).toEqual(
      expect.arrayContaining([
        'lint.cjs',
        'lint-dockerfile.cjs',
        'lint-compose.cjs',
        'engine-link.cjs',
        'dockerode.cjs',
      ]),
    );
    for (const f of units)
      expect(
        readFileSync(join(dir, 'dist/cli', f), 'utf8').startsWith(
          '(function (exports, require, module, __filename, __dirname) {',
        ),
        f,
      ).toBe(true);
    // Node's own loader runs it as an expression, with no exports: nothing but cli.js can use it by mistake
    const plain = spawnSync(
      process.execPath,
      ['-p', `Object.keys(require(${JSON.stringify(join(dir, 'dist/cli/lint.cjs'))}))`],
      { encoding: 'utf8' },
    );
    expect(plain.stdout.trim()).toBe('[]');
    // and it is the same report without the code cache
    expect(run(['lint', '--offline', '--format', 'json', 'Dockerfile'], { STEVEDORE_NO_CODE_CACHE: '1' })).toEqual(
      run(['lint', '--offline', '--format', 'json', 'Dockerfile']),
    );
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
      { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome() } },
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
    // stdout made non-blocking (as a parent sharing the pipe may leave it) and read slowly: the pipe fills, the rest
    // goes through process.stdout's queue, and the process must not end before that queue is written
    const preload = join(dir, 'nonblocking-stdout.cjs');
    writeFileSync(preload, 'process.stdout;\n');
    const slow = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${cli}" lint --offline --format json Dockerfile.big | (sleep 0.5; cat)`],
      {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 1 << 24,
        env: { ...process.env, NODE_OPTIONS: `--require ${preload}`, XDG_CACHE_HOME: cacheHome() },
      },
    );
    expect(slow.stdout).toBe(r.out);
    const usage = run([]);
    expect(usage.code).toBe(2);
    expect(usage.out).toContain('usage: stevedore <command>');
  });
});
