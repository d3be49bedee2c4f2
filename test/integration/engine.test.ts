// The engine module against the real dockerd (shared: we only touch resources carrying our label).
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DockerodeEngine } from '../../src/core/engine/DockerodeEngine';
import {
  createEngine,
  createEngineMonitor,
  EngineError,
  resolveEndpoint,
  type Engine,
  type EngineEvent,
  type EngineHealth,
} from '../../src/core/engine/index';
import { TEST_IMAGE, TEST_LABEL, TEST_LABEL_VALUE } from './engineFixtures';

const prefix = `stv-engine-${randomBytes(3).toString('hex')}`;
const label = `${TEST_LABEL}=${TEST_LABEL_VALUE}`;
const mine = { label: [label, `stv.run=${prefix}`] };
const docker = (...args: string[]): string => execFileSync('docker', args, { encoding: 'utf8' }).trim();

function cleanup(): void {
  const q = (...args: string[]): string[] =>
    docker(...args)
      .split('\n')
      .filter(Boolean);
  const byRun = ['--filter', `label=stv.run=${prefix}`];
  const containers = q('ps', '-aq', ...byRun);
  if (containers.length) docker('rm', '-f', '-v', ...containers);
  const volumes = q('volume', 'ls', '-q', ...byRun);
  if (volumes.length) docker('volume', 'rm', '-f', ...volumes);
  const networks = q('network', 'ls', '-q', ...byRun);
  if (networks.length) docker('network', 'rm', ...networks);
}

let engine: Engine;
let containerId: string;

beforeAll(async () => {
  engine = createEngine(await resolveEndpoint({ env: { ...process.env, DOCKER_HOST: 'unix:///var/run/docker.sock' } }));
  const labels = ['--label', label, '--label', `stv.run=${prefix}`];
  docker('volume', 'create', ...labels, `${prefix}-vol`);
  docker('network', 'create', ...labels, `${prefix}-net`);
  containerId = docker(
    'run',
    '-d',
    ...labels,
    '--name',
    `${prefix}-c`,
    '--network',
    `${prefix}-net`,
    '-v',
    `${prefix}-vol:/data`,
    '-p',
    '127.0.0.1::8080',
    TEST_IMAGE,
    'sleep',
    '600',
  );
});

afterAll(() => {
  engine?.dispose();
  cleanup();
});

describe('engine against the real dockerd (integration)', () => {
  it('negotiates the API version down to what the engine speaks', async () => {
    const v = await engine.version();
    expect(v.apiVersion).toMatch(/^1\.\d+$/);
    const negotiated = await (engine as DockerodeEngine).apiVersion();
    expect(negotiated).toBe(Number(v.apiVersion.split('.')[1]) < 47 ? v.apiVersion : '1.47');
    await expect(engine.ping()).resolves.toBeUndefined();
    const info = await engine.info();
    expect(info.serverVersion).toBe(v.version);
  });

  it('lists and inspects containers', async () => {
    const list = await engine.listContainers({ filters: mine });
    expect(list).toHaveLength(1);
    const c = list[0]!;
    expect(c).toMatchObject({
      id: containerId,
      name: `${prefix}-c`,
      state: 'running',
      image: TEST_IMAGE,
      labels: { [TEST_LABEL]: TEST_LABEL_VALUE },
    });
    expect(c.ports[0]).toMatchObject({ privatePort: 8080, ip: '127.0.0.1' });
    expect(c.mounts.find((m) => m.destination === '/data')).toMatchObject({
      type: 'volume',
      name: `${prefix}-vol`,
      anonymous: false,
    });
    expect(Object.keys(c.networks)).toEqual([`${prefix}-net`]);
    const ins = await engine.inspectContainer(`${prefix}-c`);
    expect(ins).toMatchObject({ id: containerId, state: { running: true }, config: { cmd: ['sleep', '600'] } });
  });

  it('lists and inspects images', async () => {
    const imgs = await engine.listImages();
    const test = imgs.find((i) => i.repoTags.includes(TEST_IMAGE));
    expect(test).toBeDefined();
    const ins = await engine.inspectImage(TEST_IMAGE);
    expect(ins.id).toBe(test!.id);
    expect(ins.cmd).toEqual(['sh']);
  });

  it('lists and inspects volumes', async () => {
    const vols = await engine.listVolumes(mine);
    expect(vols.map((v) => v.name)).toEqual([`${prefix}-vol`]);
    expect((await engine.inspectVolume(`${prefix}-vol`)).labels['stv.run']).toBe(prefix);
  });

  it('lists and inspects networks (inspect includes attached containers)', async () => {
    const nets = await engine.listNetworks(mine);
    expect(nets.map((n) => n.name)).toEqual([`${prefix}-net`]);
    const all = await engine.listNetworks();
    expect(all.filter((n) => n.builtin).map((n) => n.name)).toEqual(expect.arrayContaining(['bridge', 'host', 'none']));
    const n = await engine.inspectNetwork(`${prefix}-net`);
    expect(n.containers.map((c) => c.name)).toEqual([`${prefix}-c`]);
  });

  it('reports disk usage', async () => {
    const du = await engine.diskUsage();
    expect(du.volumes.map((v) => v.name)).toContain(`${prefix}-vol`);
    expect(du.images.some((i) => i.repoTags.includes(TEST_IMAGE))).toBe(true);
  });

  it('missing objects are notFound with the engine message', async () => {
    const p = engine.inspectContainer(`${prefix}-does-not-exist`);
    await expect(p).rejects.toBeInstanceOf(EngineError);
    await expect(p).rejects.toMatchObject({
      kind: 'notFound',
      statusCode: 404,
      message: expect.stringMatching(/No such container/),
    });
  });

  it('an event arrives after docker create, parsed and typed', async () => {
    const ac = new AbortController();
    const got: EngineEvent[] = [];
    let opened!: () => void;
    const open = new Promise<void>((r) => {
      opened = r;
    });
    const reader = (async () => {
      for await (const e of engine.events({
        filters: { label: [`stv.run=${prefix}`] },
        signal: ac.signal,
        onOpen: opened,
      })) {
        got.push(e);
        if (e.action === 'create') ac.abort();
      }
    })();
    await open;
    const id = docker(
      'create',
      '--label',
      label,
      '--label',
      `stv.run=${prefix}`,
      '--name',
      `${prefix}-ev`,
      TEST_IMAGE,
      'true',
    );
    await reader;
    expect(got.find((e) => e.action === 'create')).toMatchObject({
      type: 'container',
      id,
      attributes: { name: `${prefix}-ev` },
    });
  });

  it('a monitor reports connected and forwards events', async () => {
    const m = createEngineMonitor(engine, { filters: { label: [`stv.run=${prefix}`] } });
    try {
      await new Promise<void>((resolve) => {
        if (m.health.state === 'connected') resolve();
        m.onHealth((h: EngineHealth) => {
          if (h.state === 'connected') resolve();
        });
      });
      // volume events carry no labels, so label filters only ever match container events
      const seen = new Promise<EngineEvent>((resolve) =>
        m.onEvent((e) => {
          if (e.action === 'create') resolve(e);
        }),
      );
      const id = docker(
        'create',
        '--label',
        label,
        '--label',
        `stv.run=${prefix}`,
        '--name',
        `${prefix}-mon`,
        TEST_IMAGE,
        'true',
      );
      expect(await seen).toMatchObject({ type: 'container', id });
    } finally {
      m.dispose();
    }
  });

  it('a missing socket gives the clear message', async () => {
    const ep = await resolveEndpoint({ env: { DOCKER_HOST: 'unix:///nonexistent.sock' } });
    const bad = createEngine(ep);
    try {
      await expect(bad.listContainers()).rejects.toMatchObject({
        kind: 'unreachable',
        message: 'no Docker engine at unix:///nonexistent.sock; is it running?',
      });
      const it = bad.events()[Symbol.asyncIterator]();
      await expect(it.next()).rejects.toMatchObject({ kind: 'unreachable' });
    } finally {
      bad.dispose();
    }
  });

  it('a plain tcp port nobody listens on is unreachable too; a timeout is reported as such', async () => {
    const bad = createEngine({ host: 'tcp://127.0.0.1:1', source: 'setting', reason: 'test' });
    await expect(bad.version()).rejects.toMatchObject({
      kind: 'unreachable',
      message: expect.stringMatching(/no Docker engine at tcp:\/\/127\.0\.0\.1:1/),
    });
    // 192.0.2.0/24 is TEST-NET-1: never routed, so the connection hangs until our timeout
    const slow = createEngine({ host: 'tcp://192.0.2.1:2375', source: 'setting', reason: 'test' }, { timeoutMs: 300 });
    await expect(slow.version()).rejects.toMatchObject({ kind: expect.stringMatching(/timeout|unreachable/) });
  });
});
