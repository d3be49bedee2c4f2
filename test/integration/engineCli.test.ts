// `stevedore engine` as a user runs it: the bundled CLI, a real engine, a missing socket.
import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, writeDockerConfig } from './engineFixtures';

let dir: string;
let cli: string;
let emptyConfig: string;

beforeAll(async () => {
  dir = tempDir('stv-cli-');
  cli = path.join(dir, 'cli.js');
  // the shipping build itself (scripts/build.mjs, CLI entry only)
  const root = path.join(__dirname, '../..');
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--production', `--outdir=${dir}`, '--only=cli'], {
    cwd: root,
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
  emptyConfig = writeDockerConfig(path.join(dir, 'docker'), []);
  // readable by the unprivileged user of the permission test
  chmodSync(dir, 0o755);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run(args: string[], env: NodeJS.ProcessEnv): { code: number | null; stdout: string; stderr: string } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('DOCKER_')));
  const r = spawnSync(process.execPath, [cli, ...args], {
    env: { ...clean, DOCKER_CONFIG: emptyConfig, ...env },
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('stevedore engine (integration)', () => {
  it('prints endpoint, source, versions, OS/arch and counts for the local engine', () => {
    const r = run(['engine'], {});
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Endpoint: +unix:\/\/\/var\/run\/docker\.sock\n/);
    expect(r.stdout).toMatch(/^Source: +default \(the platform default socket\)$/m);
    expect(r.stdout).toMatch(/^Engine: +.+ \d+\.\d+\.\d+/m);
    expect(r.stdout).toMatch(/^API: +1\.\d+ \(minimum 1\.\d+\), using 1\.\d+$/m);
    expect(r.stdout).toMatch(/^OS\/Arch: +linux\/\w+/m);
    expect(r.stdout).toMatch(/^Containers: +\d+ \(\d+ running\)$/m);
    const images = Number(/^Images: +(\d+)$/m.exec(r.stdout)?.[1]);
    expect(images).toBeGreaterThanOrEqual(1);
    expect(r.stdout).toMatch(/^Volumes: +\d+$/m);
    expect(Number(/^Networks: +(\d+)$/m.exec(r.stdout)?.[1])).toBeGreaterThanOrEqual(3);
  });

  it('--json gives the same facts as data, and names DOCKER_HOST as the source', () => {
    const r = run(['engine', '--json'], { DOCKER_HOST: 'unix:///var/run/docker.sock' });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j).toMatchObject({
      endpoint: 'unix:///var/run/docker.sock',
      source: 'DOCKER_HOST',
      engine: { os: 'linux' },
    });
    expect(j.engine.negotiatedApiVersion).toMatch(/^1\.\d+$/);
    expect(j.counts.networks).toBeGreaterThanOrEqual(3);
  });

  it("--context NAME reads that context without changing the CLI's, and says so as the source", () => {
    const config = writeDockerConfig(
      path.join(dir, 'docker-ctx'),
      [{ name: 'local', host: 'unix:///var/run/docker.sock' }],
      'elsewhere',
    );
    const r = run(['engine', '--context', 'local', '--json'], { DOCKER_CONFIG: config });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      endpoint: 'unix:///var/run/docker.sock',
      source: 'context',
      context: 'local',
    });
    const text = run(['engine', '--context', 'local'], { DOCKER_CONFIG: config });
    expect(text.stdout).toMatch(/^Source: +context \(context 'local' \(chosen explicitly\)\)$/m);
  });

  it('`stevedore lint` with the engine reachable asks it which base images are present', () => {
    const file = path.join(dir, 'Dockerfile');
    writeFileSync(
      file,
      'FROM stevedore-test/busybox:latest AS here\nFROM stevedore-test/not-here:1\nUSER 65534\nCMD ["true"]\n',
    );
    const r = run(['lint', '--format', 'json', file], { DOCKER_HOST: 'unix:///var/run/docker.sock' });
    expect(r.stderr).toBe('');
    const absent = (JSON.parse(r.stdout) as { rule: string; line: number }[]).filter(
      (f) => f.rule === 'image-not-present',
    );
    expect(absent.map((f) => f.line)).toEqual([2]);
  });

  it('exits 1 with the clear message when no engine answers', () => {
    const r = run(['engine'], { DOCKER_HOST: 'unix:///nonexistent.sock' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('stevedore engine: no Docker engine at unix:///nonexistent.sock; is it running?\n');
    expect(r.stdout).toMatch(/^Endpoint: +unix:\/\/\/nonexistent\.sock\nSource: +DOCKER_HOST/);
  });

  it('exits 1 naming the context when DOCKER_CONTEXT names one that does not exist', () => {
    const r = run(['engine'], { DOCKER_CONTEXT: 'nope' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^stevedore engine: Docker context 'nope' \(from DOCKER_CONTEXT\) does not exist/);
  });

  it('bad flags are a usage error', () => {
    const r = run(['engine', '--bogus'], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/usage: stevedore engine/);
  });
});

describe('stevedore engine with an unusable endpoint (integration)', () => {
  it('an unsupported scheme is a clear error and exit 1', () => {
    const r = run(['engine', '--host', 'fd://3'], {});
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      "stevedore engine: unsupported Docker endpoint 'fd://3': use unix://, npipe://, tcp:// or ssh://\n",
    );
  });
});

describe('stevedore engine without access to the socket (integration)', () => {
  // root reaches every socket; an unprivileged user outside the docker group gets the real EACCES
  it.runIf(process.getuid?.() === 0)('permission denied names the docker group fix', () => {
    const r = spawnSync('runuser', ['-u', 'nobody', '--', process.execPath, cli, 'engine'], {
      env: {
        PATH: process.env.PATH,
        HOME: '/nonexistent',
        DOCKER_CONFIG: emptyConfig,
        DOCKER_HOST: 'unix:///var/run/docker.sock',
      },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "stevedore engine: permission denied on /var/run/docker.sock: add your user to the 'docker' group (sudo usermod -aG docker $USER), then log out and back in\n",
    );
  });
});
