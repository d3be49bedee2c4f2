import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLintCommand } from './lint';
import type { JsonFinding } from './lintFormat';

const fixtures = join(__dirname, '../../test/fixtures/lint');
const bad = join(fixtures, 'Dockerfile');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runLintCommand(args, {
    out: (s) => {
      out += s;
    },
    err: (s) => {
      err += s;
    },
    isTTY: false,
  });
  return { code, out, err };
}

describe('stevedore lint (unit)', () => {
  it('--format json: one array with the documented fields, 1-based positions', async () => {
    const r = await run(['--offline', '--format', 'json', bad]);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as JsonFinding[];
    expect(findings.length).toBeGreaterThan(10);
    const pin = findings.find((f) => f.rule === 'apt-get-pin')!;
    expect(pin).toMatchObject({
      file: bad,
      line: 5,
      column: 23,
      endLine: 5,
      endColumn: 30,
      aliases: ['DL3008'],
      severity: 'warning',
    });
    expect(pin.message).toContain('Pin versions');
    for (const f of findings) expect(['error', 'warning', 'info', 'style']).toContain(f.severity);
  });

  it('exit codes follow the failure threshold', async () => {
    expect((await run(['--offline', '-t', 'none', bad])).code).toBe(0);
    const clean = join(mkdtempSync(join(tmpdir(), 'stevedore-cli-')), 'Dockerfile');
    writeFileSync(clean, 'FROM alpine:3.19\nUSER 65534\nCMD ["true"]\n');
    expect((await run(['--offline', clean])).code).toBe(0);
    const styleOnly = join(mkdtempSync(join(tmpdir(), 'stevedore-cli-')), 'Dockerfile');
    writeFileSync(styleOnly, 'FROM alpine:3.19\nLABEL My_Label=1\nUSER 65534\nCMD ["true"]\n');
    expect((await run(['--offline', styleOnly])).code).toBe(0);
    expect((await run(['--offline', '-t', 'style', styleOnly])).code).toBe(1);
  });

  it('--ignore by id or alias', async () => {
    const r = await run(['--offline', '--format', 'json', '--ignore', 'DL3008', '--ignore', 'stage-name-casing', bad]);
    const rules = (JSON.parse(r.out) as JsonFinding[]).map((f) => f.rule);
    expect(rules).not.toContain('apt-get-pin');
    expect(rules).not.toContain('stage-name-casing');
    expect(rules).toContain('apt-get-yes');
  });

  it("--build-arg: BUILDKIT_DOCKERFILE_CHECK replaces the file's # check= directive; a bad flag exits 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stevedore-cli-'));
    const file = join(dir, 'Dockerfile');
    writeFileSync(file, '# check=skip=all\nFROM alpine:3 as Build\n');
    const rules = async (...flags: string[]) =>
      (JSON.parse((await run(['--offline', '--format', 'json', ...flags, file])).out) as JsonFinding[]).map(
        (f) => f.rule,
      );
    expect(await rules()).toEqual([]);
    expect(await rules('--build-arg', 'BUILDKIT_DOCKERFILE_CHECK=skip=StageNameCasing')).toEqual(['from-as-casing']);
    const badFlag = await run(['--offline', '--build-arg', '=x', file]);
    expect(badFlag.code).toBe(2);
    expect(badFlag.err).toContain('--build-arg expects KEY=VALUE');
    rmSync(dir, { recursive: true, force: true });
  });

  it('--config reads a hadolint config; a config beside the file is found on its own', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stevedore-cli-'));
    writeFileSync(
      join(dir, 'hadolint.yaml'),
      'ignored: [DL3008]\nfailure-threshold: error\noverride:\n  error: [DL3014]\n',
    );
    const r = await run(['--offline', '--format', 'json', '--config', join(dir, 'hadolint.yaml'), bad]);
    const f = JSON.parse(r.out) as JsonFinding[];
    expect(f.map((x) => x.rule)).not.toContain('apt-get-pin');
    expect(f.find((x) => x.rule === 'apt-get-yes')?.severity).toBe('error');
    const proj = mkdtempSync(join(tmpdir(), 'stevedore-cli-'));
    writeFileSync(join(proj, '.hadolint.yaml'), 'failure-threshold: none\n');
    writeFileSync(join(proj, 'Dockerfile'), 'FROM alpine\n');
    expect((await run(['--offline', join(proj, 'Dockerfile')])).code).toBe(0);
  });

  it('directories: finds Dockerfiles and compose files, in dot-folders too, skips node_modules and .git', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stevedore-cli-'));
    mkdirSync(join(dir, 'api'));
    mkdirSync(join(dir, 'node_modules/x'), { recursive: true });
    mkdirSync(join(dir, '.devcontainer'));
    mkdirSync(join(dir, '.git/x'), { recursive: true });
    writeFileSync(join(dir, '.devcontainer/Dockerfile'), 'FROM alpine:latest\n');
    writeFileSync(join(dir, '.git/x/Dockerfile'), 'FROM alpine:latest\n');
    writeFileSync(join(dir, 'api/Dockerfile'), 'FROM alpine:latest\n');
    writeFileSync(join(dir, 'web.dockerfile'), 'FROM alpine\n');
    writeFileSync(join(dir, 'node_modules/x/Dockerfile'), 'FROM alpine:latest\n');
    writeFileSync(join(dir, 'README.md'), '# x\n');
    const f = JSON.parse((await run(['--offline', '--format', 'json', dir])).out) as JsonFinding[];
    expect([...new Set(f.map((x) => x.file))].sort()).toEqual([
      join(dir, '.devcontainer/Dockerfile'),
      join(dir, 'api/Dockerfile'),
      join(dir, 'web.dockerfile'),
    ]);
  });

  it('a YAML file named on the command line is a compose file whatever its name; a directory search goes by name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stevedore-cli-'));
    const stack = join(dir, 'stack.yml');
    writeFileSync(stack, 'services:\n  db:\n    image: postgres:16.4\n    ports:\n      - "5432:5432"\n');
    const f = JSON.parse((await run(['--offline', '--format', 'json', stack])).out) as JsonFinding[];
    expect(f.map((x) => `${x.line}:${x.rule}`)).toEqual(['5:port-all-interfaces']);
    expect(JSON.parse((await run(['--offline', '--format', 'json', dir])).out)).toEqual([]);
    // a YAML-looking name that is a Dockerfile's stays one
    const df = join(dir, 'Dockerfile.yaml');
    writeFileSync(df, 'FROM alpine:latest\n');
    expect(
      (JSON.parse((await run(['--offline', '--format', 'json', df])).out) as JsonFinding[]).map((x) => x.rule),
    ).toEqual(['latest-tag']);
  });

  it('sarif and checkstyle', async () => {
    const sarif = JSON.parse((await run(['--offline', '--format', 'sarif', bad])).out) as {
      version: string;
      runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; level: string }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const ids = sarif.runs[0]!.tool.driver.rules.map((r) => r.id);
    for (const res of sarif.runs[0]!.results) expect(ids).toContain(res.ruleId);
    const cs = (await run(['--offline', '--format', 'checkstyle', bad])).out;
    expect(cs).toMatch(/^<\?xml/);
    expect(cs).toContain('source="apt-get-pin"');
  });

  it('usage and I/O errors exit 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--format', 'yaml', bad])).code).toBe(2);
    expect((await run(['-t', 'loud', bad])).code).toBe(2);
    const missing = await run(['--offline', '/nonexistent/Dockerfile']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('/nonexistent/Dockerfile');
    expect((await run(['--help'])).code).toBe(0);
  });
});

describe('stevedore lint, whole process (unit)', () => {
  let dir: string;
  let cli: string;
  beforeAll(() => {
    // the shipping build (scripts/build.mjs), the CLI alone
    dir = mkdtempSync(join(tmpdir(), 'stevedore-cli-build-'));
    const b = spawnSync(process.execPath, ['scripts/build.mjs', `--outdir=${dir}`, '--only=cli'], { encoding: 'utf8' });
    expect(b.status, b.stderr).toBe(0);
    cli = join(dir, 'cli.js');
  }, 60_000);
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('with engine checks on, asks the engine once; with no socket, connects nowhere', async () => {
    const file = join(dir, 'Dockerfile');
    writeFileSync(file, 'FROM alpine:3.19\nUSER 65534\nCMD ["true"]\n');
    const lint = (sock: string) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((resolveRun) => {
        const p = spawn(process.execPath, [cli, 'lint', '--format', 'json', file], {
          env: { ...process.env, DOCKER_HOST: `unix://${sock}`, DOCKER_CONTEXT: '' },
        });
        let stdout = '';
        let stderr = '';
        p.stdout.on('data', (d: Buffer) => {
          stdout += d.toString();
        });
        p.stderr.on('data', (d: Buffer) => {
          stderr += d.toString();
        });
        p.on('close', (status) => resolveRun({ status, stdout, stderr }));
      });
    const none = await lint(join(dir, 'no-engine.sock'));
    expect(none.status, none.stderr).toBe(0);
    expect(none.stdout).toBe('[]\n');
    // an engine that answers, with no images: the engine check runs (alpine is not present)
    const sock = join(dir, 'engine.sock');
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(req.url ?? '');
      res.setHeader('Api-Version', '1.41');
      res.setHeader('Content-Type', req.url === '/_ping' ? 'text/plain' : 'application/json');
      res.end(req.url === '/_ping' ? 'OK' : '[]');
    }).listen(sock);
    await new Promise((r) => server.once('listening', r));
    try {
      const r = await lint(sock);
      expect((JSON.parse(r.stdout) as JsonFinding[]).map((f) => f.rule)).toEqual(['image-not-present']);
      // one request: the image list is its own version probe (its reply's Api-Version is one we speak)
      expect(seen).toEqual(['/images/json?all=false']);
    } finally {
      server.close();
    }
  });

  it('reads stdin with -, prints JSON and exits 1', () => {
    const r = spawnSync(process.execPath, [cli, 'lint', '--offline', '--format', 'json', '-'], {
      input: 'FROM node:latest\nRUN sudo make\n',
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    const f = JSON.parse(r.stdout) as JsonFinding[];
    expect(f.map((x) => `${x.file}:${x.line}:${x.rule}`)).toEqual(['-:1:latest-tag', '-:2:no-sudo']);
  });

  it('treats stdin as compose with --stdin-filename compose.yaml (or any YAML name)', () => {
    for (const name of ['compose.yaml', 'prod.yml']) {
      const r = spawnSync(
        process.execPath,
        [cli, 'lint', '--offline', '--format', 'json', '--stdin-filename', name, '-'],
        { input: 'services:\n  web:\n    image: nginx:latest\n', encoding: 'utf8' },
      );
      expect(r.status).toBe(1);
      expect((JSON.parse(r.stdout) as JsonFinding[]).map((x) => `${x.file}:${x.line}:${x.rule}`)).toEqual([
        '-:3:image-latest-tag',
      ]);
    }
  });

  it('exits 2 on a missing file and 0 on a clean one', () => {
    expect(spawnSync(process.execPath, [cli, 'lint', '--offline', '/nonexistent/x'], { encoding: 'utf8' }).status).toBe(
      2,
    );
    const clean = join(mkdtempSync(join(tmpdir(), 'stevedore-cli-')), 'Dockerfile');
    writeFileSync(clean, 'FROM alpine:3.19\nUSER 65534\nCMD ["true"]\n');
    expect(spawnSync(process.execPath, [cli, 'lint', '--offline', clean], { encoding: 'utf8' }).status).toBe(0);
  });
});
