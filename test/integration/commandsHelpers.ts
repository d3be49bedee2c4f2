// Shared setup for the commands integration tests: a real engine, a unique name prefix, labels, cleanup.
import { randomBytes } from 'node:crypto';
import Dockerode from 'dockerode';
import { createEngine, resolveEndpoint, type Engine } from '../../src/core/engine/index';
import type { RunSpec } from '../../src/core/engine/actionsTypes';

export const testImage = 'stevedore-test/busybox:latest';
export const areaLabel = { 'stevedore.test': 'commands' };

export interface TestEnv {
  engine: Engine;
  /** direct client for assertions and cleanup (tests only) */
  docker: Dockerode;
  prefix: string;
  labels: Record<string, string>;
  labelFilter: string[];
  spec(overrides?: Partial<RunSpec>): RunSpec;
  cleanup(): Promise<void>;
}

export async function setupEnv(): Promise<TestEnv> {
  const run = randomBytes(4).toString('hex');
  const engine = createEngine(
    await resolveEndpoint({ env: { ...process.env, DOCKER_HOST: 'unix:///var/run/docker.sock' } }),
  );
  const docker = new Dockerode({ socketPath: '/var/run/docker.sock' });
  const labels = { ...areaLabel, 'stevedore.test.run': run };
  const labelFilter = [`stevedore.test.run=${run}`];
  // containers join a network of their own: the shared engine's default bridge may be unusable
  const network = `sdcmd-${run}-default`;
  await docker.createNetwork({ Name: network, Labels: labels, CheckDuplicate: true });
  const env: TestEnv = {
    engine,
    docker,
    prefix: `sdcmd-${run}-`,
    labels,
    labelFilter,
    spec: (o = {}) => ({
      image: testImage,
      ports: [],
      env: [],
      volumes: [],
      restart: 'no',
      autoRemove: false,
      tty: false,
      interactive: false,
      cmd: ['sleep', '300'],
      labels,
      network,
      ...o,
    }),
    cleanup: () => cleanupRun(docker, labelFilter),
  };
  return env;
}

/** Removes only what carries this run's label. */
export async function cleanupRun(docker: Dockerode, labelFilter: string[]): Promise<void> {
  const filters = { label: labelFilter };
  for (const c of await docker.listContainers({ all: true, filters }))
    await docker
      .getContainer(c.Id)
      .remove({ force: true, v: true })
      .catch(() => undefined);
  for (const n of await docker.listNetworks({ filters }))
    await docker
      .getNetwork(n.Id)
      .remove()
      .catch(() => undefined);
  const vols = (await docker.listVolumes({ filters })).Volumes ?? [];
  for (const v of vols)
    await docker
      .getVolume(v.Name)
      .remove()
      .catch(() => undefined);
  for (const i of await docker.listImages({ filters }))
    await docker
      .getImage(i.Id)
      .remove({ force: true })
      .catch(() => undefined);
}

export async function stateOf(docker: Dockerode, id: string): Promise<string> {
  return (await docker.getContainer(id).inspect()).State.Status;
}

export async function collect<T>(it: AsyncIterable<T>, max = Infinity): Promise<T[]> {
  const out: T[] = [];
  for await (const v of it) {
    out.push(v);
    if (out.length >= max) break;
  }
  return out;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `cond` every 50 ms; throws after `ms`, with `state()` in the message. */
export async function waitFor(cond: () => boolean, ms = 15000, state?: () => unknown): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`condition not met in time${state ? `: ${JSON.stringify(state())}` : ''}`);
    await sleep(50);
  }
}

/** Whether an engine call succeeds (e.g. an inspect: does the item still exist). */
export const exists = (p: Promise<unknown>) =>
  p.then(
    () => true,
    () => false,
  );
