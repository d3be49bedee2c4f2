// Compose actions with the real compose CLI (here docker-compose v1) and engine: up/ps/logs/stop/down of a
// two-service project built FROM the test image, and the code-lens state model following what really runs.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  composeArgv,
  detectComposeCli,
  projectForFile,
  type ComposeCli,
  type ComposeProject,
  type VerbOptions,
  type ComposeVerb,
} from '../../src/core/compose/cli';
import { volumesListedForDown } from '../../src/core/compose/down';
import { modelOf, volumesRemovedByDown } from '../../src/core/compose/model';
import { runCompose } from '../../src/core/compose/run';
import { serviceStates } from '../../src/core/compose/states';
import { createEngine, resolveEndpoint, type Engine } from '../../src/core/engine/index';
import { validate } from '../../src/core/lint/compose';
import { DEFAULT_LINT_SETTINGS } from '../../src/core/lint/types';

const run = randomBytes(3).toString('hex');
const projectName = `stvcompose${run}`;
const LABEL = 'stevedore.test=compose';
const dir = mkdtempSync(join(tmpdir(), 'stv-compose-'));
const file = join(dir, 'compose.yaml');

const COMPOSE = `services:
  web:
    build: .
    command: ["sh", "-c", "echo ok > /srv/index.html && exec httpd -f -p 8080 -h /srv"]
    ports: ["127.0.0.1::8080"]
    labels: [${LABEL}]
    volumes: ["data:/srv"]
    stop_grace_period: 1s
    healthcheck:
      test: ["CMD", "wget", "-q", "-O", "/dev/null", "http://127.0.0.1:8080/"]
      interval: 1s
      retries: 30
  worker:
    build: .
    command: ["sh", "-c", "echo worker-started; sleep 600"]
    depends_on: [web]
    labels: [${LABEL}]
    stop_grace_period: 1s
volumes:
  data:
    labels: [${LABEL}]
networks:
  default:
    labels: [${LABEL}]
`;

let cli: ComposeCli;
let project: ComposeProject;
let engine: Engine;

const compose = (verb: ComposeVerb, o?: VerbOptions) =>
  runCompose(cli, composeArgv(cli, project, verb, o), { cwd: dir });
const states = async () => {
  const cs = await engine.listContainers({
    all: true,
    filters: { label: [`com.docker.compose.project=${projectName}`] },
  });
  return serviceStates(projectName, ['web', 'worker'], cs);
};
async function until<T>(f: () => Promise<T>, ok: (t: T) => boolean, ms = 30000): Promise<T> {
  const end = Date.now() + ms;
  let last = await f();
  while (!ok(last) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 300));
    last = await f();
  }
  return last;
}

beforeAll(async () => {
  writeFileSync(join(dir, 'Dockerfile'), 'FROM stevedore-test/busybox:latest\nLABEL stevedore.test=compose\n');
  writeFileSync(file, COMPOSE);
  const found = await detectComposeCli();
  if (!found) throw new Error('no compose CLI (docker compose / docker-compose) on this machine');
  cli = found;
  project = projectForFile(file, { exists: (p) => p === file, env: {}, name: projectName });
  engine = createEngine(await resolveEndpoint({ env: { ...process.env, DOCKER_HOST: 'unix:///var/run/docker.sock' } }));
});

afterAll(async () => {
  // down -v --rmi local even when a test failed; then anything left with our project label
  if (cli) await compose('down', { volumes: true, rmi: 'local', removeOrphans: true });
  const left = (kind: string, q: string[]) =>
    execFileSync('docker', [kind, 'ls', ...q, '--filter', `label=com.docker.compose.project=${projectName}`], {
      encoding: 'utf8',
    })
      .split('\n')
      .filter(Boolean);
  const cs = left('container', ['-aq']);
  if (cs.length) execFileSync('docker', ['rm', '-f', '-v', ...cs]);
  const vs = left('volume', ['-q']);
  if (vs.length) execFileSync('docker', ['volume', 'rm', '-f', ...vs]);
  engine?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('compose actions (integration)', () => {
  it('the project lints without errors', async () => {
    const doc = TextDocument.create(pathToFileURL(file).href, 'dockercompose', 1, readFileSync(file, 'utf8'));
    const diags = await validate(doc, { ...DEFAULT_LINT_SETTINGS, engineChecks: false });
    expect(diags.filter((d) => d.severity === 1).map((d) => d.message)).toEqual([]);
  });

  it('before up every service is "not created"', async () => {
    const s = await states();
    expect(s.get('web')!.label).toBe('not created');
    expect(s.get('worker')!.label).toBe('not created');
  });

  it('up -d --build starts both services; code lens states turn running with health and port', async () => {
    const r = await compose('up', { build: true });
    expect(r.code, r.stderr).toBe(0);
    const s = await until(
      states,
      (x) => x.get('web')!.label.includes('healthy') && x.get('worker')!.kind === 'running',
    );
    expect(s.get('worker')!.label).toBe('running 1/1');
    expect(s.get('web')!.label).toMatch(/^running 1\/1 · healthy · \d+→8080$/);
  });

  it('ps lists both containers; logs of one service show its output', async () => {
    const ps = await compose('ps');
    expect(ps.code).toBe(0);
    // v1 names containers <project>_<service>_1, v2 <project>-<service>-1
    const name = (service: string) => (cli.v2 ? `${projectName}-${service}-1` : `${projectName}_${service}_1`);
    expect(ps.stdout).toContain(name('web'));
    expect(ps.stdout).toContain(name('worker'));
    const logs = await until(
      () => compose('logs', { services: ['worker'], tail: 50 }),
      (r) => r.stdout.includes('worker-started'),
      10000,
    );
    expect(logs.stdout).toContain('worker-started');
    expect(logs.stdout).not.toContain(name('web'));
  });

  it('stop one service: its lens shows the exit code', async () => {
    const r = await compose('stop', { services: ['worker'] });
    expect(r.code, r.stderr).toBe(0);
    const s = await until(states, (x) => x.get('worker')!.kind === 'exited');
    expect(s.get('worker')!.label).toMatch(/^exited \(\d+\)$/);
    expect(s.get('web')!.kind).toBe('running');
  });

  it('down -v removes containers and exactly the volumes the confirmation lists', async () => {
    const model = modelOf(COMPOSE);
    const listed = await volumesListedForDown(engine, projectName, [model]);
    expect(listed).toEqual({ names: [`${projectName}_data`], fromEngine: true });
    expect(volumesRemovedByDown(model, projectName)).toEqual(listed.names);
    const before = execFileSync(
      'docker',
      ['volume', 'ls', '-q', '--filter', `label=com.docker.compose.project=${projectName}`],
      { encoding: 'utf8' },
    )
      .split('\n')
      .filter(Boolean);
    expect(before).toEqual(listed.names);
    const r = await compose('down', { volumes: true, rmi: 'local' });
    expect(r.code, r.stderr).toBe(0);
    const s = await states();
    expect(s.get('web')!.label).toBe('not created');
    expect(s.get('worker')!.label).toBe('not created');
    const after = execFileSync(
      'docker',
      ['volume', 'ls', '-q', '--filter', `label=com.docker.compose.project=${projectName}`],
      { encoding: 'utf8' },
    ).trim();
    expect(after).toBe('');
    expect((await volumesListedForDown(engine, projectName, [model])).names).toEqual([]);
  });

  it('a failing verb reports a non-zero exit status and the CLI message', async () => {
    const r = await runCompose(cli, composeArgv(cli, { ...project, files: [join(dir, 'missing.yaml')] }, 'ps'), {
      cwd: dir,
    });
    expect(r.code).not.toBe(0);
    expect(r.stderr.length + r.stdout.length).toBeGreaterThan(0);
  });

  it('a project whose .env sets COMPOSE_PROJECT_NAME: our project name is the one compose up creates, so lenses and verbs match', async () => {
    const envDir = mkdtempSync(join(tmpdir(), 'stv-compose-env-'));
    const envName = `stvenv${run}`;
    const envFile = join(envDir, 'compose.yaml');
    writeFileSync(join(envDir, '.env'), `COMPOSE_PROJECT_NAME=${envName}\n`);
    writeFileSync(
      envFile,
      `services:\n  app:\n    image: stevedore-test/busybox:latest\n    command: ["sleep", "600"]\n    stop_grace_period: 1s\n    labels: [${LABEL}]\nnetworks:\n  default:\n    labels: [${LABEL}]\n`,
    );
    const shellEnv = { ...process.env };
    delete shellEnv.COMPOSE_PROJECT_NAME;
    delete shellEnv.COMPOSE_FILE;
    // without the .env, the name would be the directory's
    const ours = projectForFile(envFile, { exists: (p) => p === envFile, env: shellEnv });
    try {
      // plain `up` in the directory, no -p: compose picks the name itself
      const up = await runCompose(cli, [...cli.prefix, 'up', '-d'], { cwd: envDir, env: shellEnv });
      expect(up.code, up.stderr).toBe(0);
      const created = await engine.listContainers({
        all: true,
        filters: { label: [`com.docker.compose.service=app`, LABEL] },
      });
      const mine = created.filter((c) => c.composeProject === envName);
      expect(mine).toHaveLength(1);
      expect(ours.name).toBe(envName);
      const cs = await engine.listContainers({
        all: true,
        filters: { label: [`com.docker.compose.project=${ours.name}`] },
      });
      expect(serviceStates(ours.name, ['app'], cs).get('app')!.kind).toBe('running');
      const down = await runCompose(cli, composeArgv(cli, ours, 'down'), { cwd: envDir, env: shellEnv });
      expect(down.code, down.stderr).toBe(0);
      expect(
        await engine.listContainers({ all: true, filters: { label: [`com.docker.compose.project=${envName}`] } }),
      ).toEqual([]);
    } finally {
      const left = execFileSync('docker', ['ps', '-aq', '--filter', `label=com.docker.compose.project=${envName}`], {
        encoding: 'utf8',
      })
        .split('\n')
        .filter(Boolean);
      if (left.length) execFileSync('docker', ['rm', '-f', ...left]);
      const nets = execFileSync(
        'docker',
        ['network', 'ls', '-q', '--filter', `label=com.docker.compose.project=${envName}`],
        { encoding: 'utf8' },
      )
        .split('\n')
        .filter(Boolean);
      if (nets.length) execFileSync('docker', ['network', 'rm', ...nets]);
      rmSync(envDir, { recursive: true, force: true });
    }
  });
});
