// Compose watch on the real engine with the machine's compose CLI (docker-compose v1 here, hence `x-develop`):
// a sync rule copies a saved file into the running container through the archive API (read back with exec cat),
// a deleted file goes too, and a rebuild rule rebuilds the image and recreates the container.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  composeArgv,
  detectComposeCli,
  projectForFile,
  type ComposeCli,
  type ComposeProject,
} from '../../src/core/compose/cli';
import { runCompose } from '../../src/core/compose/run';
import { actionsFor, type EngineActions } from '../../src/core/engine/actions';
import { createEngine, resolveEndpoint, type Engine } from '../../src/core/engine/index';
import { applyWatchPlan, type WatchDeps } from '../../src/core/watch/apply';
import { planWatch } from '../../src/core/watch/plan';
import { watchRules, type WatchRule } from '../../src/core/watch/rules';

const projectName = `stvwatch${randomBytes(3).toString('hex')}`;
const LABEL = 'stevedore.test=watch';
const dir = mkdtempSync(join(tmpdir(), 'stv-watch-'));
const file = join(dir, 'compose.yaml');

const COMPOSE = `services:
  web:
    build:
      context: .
      labels: [${LABEL}]
    labels: [${LABEL}]
    stop_grace_period: 1s
    x-develop:
      watch:
        - action: sync
          path: ./src
          target: /app/src
          ignore: ["*.tmp"]
        - action: rebuild
          path: version.txt
networks:
  default:
    labels: [${LABEL}]
`;

let cli: ComposeCli;
let project: ComposeProject;
let engine: Engine;
let actions: EngineActions;
let rules: WatchRule[];
const log: string[] = [];

const webId = async () => {
  const cs = await engine.listContainers({
    all: false,
    filters: { label: [`com.docker.compose.project=${projectName}`, 'com.docker.compose.service=web'] },
  });
  return cs.map((c) => c.id);
};
const cat = async (p: string) => actions.execOnce((await webId())[0]!, ['cat', p]);
const apply = (files: string[]) => {
  const deps: WatchDeps = {
    engine,
    actions,
    project: projectName,
    log: (l) => log.push(l),
    rebuild: async (service) => {
      const r = await runCompose(cli, composeArgv(cli, project, 'up', { build: true, services: [service] }), {
        cwd: dir,
      });
      if (r.code !== 0) throw new Error(r.stderr);
    },
  };
  return applyWatchPlan(planWatch(rules, files), deps);
};

beforeAll(async () => {
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'version.txt'), 'v1\n');
  writeFileSync(
    join(dir, 'Dockerfile'),
    'FROM stevedore-test/busybox:latest\nWORKDIR /app\nCOPY . .\nCMD ["sleep", "600"]\n',
  );
  writeFileSync(file, COMPOSE);
  const found = await detectComposeCli();
  if (!found) throw new Error('no compose CLI (docker compose / docker-compose) on this machine');
  cli = found;
  project = projectForFile(file, { exists: (p) => p === file, env: {}, name: projectName });
  engine = createEngine(await resolveEndpoint({ env: { ...process.env, DOCKER_HOST: 'unix:///var/run/docker.sock' } }));
  actions = actionsFor(engine);
  rules = watchRules(COMPOSE, dir).rules;
  const up = await runCompose(cli, composeArgv(cli, project, 'up', { build: true }), { cwd: dir });
  expect(up.code, up.stderr).toBe(0);
});

afterAll(async () => {
  if (cli) await runCompose(cli, composeArgv(cli, project, 'down', { volumes: true, rmi: 'local' }), { cwd: dir });
  const left = execFileSync('docker', ['ps', '-aq', '--filter', `label=com.docker.compose.project=${projectName}`], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter(Boolean);
  if (left.length) execFileSync('docker', ['rm', '-f', '-v', ...left]);
  engine?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe('compose watch (integration)', () => {
  it('a sync rule copies a saved file into the running container', async () => {
    const saved = join(dir, 'src', 'deep', 'hello.txt');
    mkdirSync(join(dir, 'src', 'deep'));
    writeFileSync(saved, 'hello from the editor\n');
    writeFileSync(join(dir, 'src', 'scratch.tmp'), 'ignored\n');
    expect(await apply([saved, join(dir, 'src', 'scratch.tmp')])).toBe(0);
    expect((await cat('/app/src/deep/hello.txt')).stdout).toBe('hello from the editor\n');
    expect((await cat('/app/src/scratch.tmp')).exitCode).not.toBe(0);
    expect(log.at(-1)).toBe('web: synced /app/src/deep/hello.txt');
  });

  it('a deleted file is removed from the container', async () => {
    const gone = join(dir, 'src', 'deep', 'hello.txt');
    rmSync(gone);
    expect(await apply([gone])).toBe(0);
    expect((await cat('/app/src/deep/hello.txt')).exitCode).not.toBe(0);
  });

  it('a rebuild rule rebuilds the image and recreates the container', async () => {
    const before = await webId();
    expect((await cat('/app/version.txt')).stdout).toBe('v1\n');
    writeFileSync(join(dir, 'version.txt'), 'v2\n');
    expect(await apply([join(dir, 'version.txt')])).toBe(0);
    const after = await webId();
    expect(after).toHaveLength(1);
    expect(after[0]).not.toBe(before[0]);
    expect((await cat('/app/version.txt')).stdout).toBe('v2\n');
    expect(log.at(-1)).toBe('web: rebuilt and recreated');
  });
});
