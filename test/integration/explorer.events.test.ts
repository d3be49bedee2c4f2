// The explorer follows the engine's event stream: changes appear without any refresh click, and a burst
// of events costs one refresh per view.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, resolveEndpoint } from '../../src/core/engine/index';
import { api, docker, find, liveModel, setupEnv, testImage, waitFor, type ExplorerEnv } from './explorerHelpers';
import { recordingProxy } from './recordingProxy';

let env: ExplorerEnv;
let live: Awaited<ReturnType<typeof liveModel>>;

beforeAll(async () => {
  env = await setupEnv();
  live = await liveModel(env.engine);
});

afterAll(async () => {
  live?.dispose();
  await env?.cleanup();
});

const has = (view: 'containers' | 'volumes' | 'networks', name: string) =>
  find(live.model.getTree(view), (n) =>
    n.kind === 'container' || n.kind === 'network'
      ? n.record.name === name
      : n.kind === 'volume' && n.record.name === name,
  ) !== undefined;

describe('explorer events (integration)', () => {
  it('docker run shows up, docker rm disappears, within 1 s, without a refresh', async () => {
    const name = `${env.prefix}run`;
    const before = live.model.stats.fullLists.containers;
    await docker('run', '-d', ...env.labelArgs, '--name', name, '--network', 'none', testImage, 'sleep', '300');
    expect(await waitFor(() => has('containers', name), 1000)).toBeLessThan(1000);
    await docker('rm', '-f', name);
    expect(await waitFor(() => !has('containers', name), 1000)).toBeLessThan(1000);
    expect(live.model.stats.fullLists.containers).toBe(before); // only lists filtered by id
  });

  it('network create and volume rm show up within 1 s', async () => {
    const net = `${env.prefix}evnet`;
    await docker('network', 'create', ...env.labelArgs, net);
    expect(await waitFor(() => has('networks', net), 1000)).toBeLessThan(1000);
    const vol = `${env.prefix}evvol`;
    await docker('volume', 'create', ...env.labelArgs, vol);
    await waitFor(() => has('volumes', vol), 1000);
    await docker('volume', 'rm', vol);
    expect(await waitFor(() => !has('volumes', vol), 1000)).toBeLessThan(1000);
  });

  it('a burst of 50 events is one refresh per view and one filtered container list', async () => {
    // engine-side label filter: only this run's events, so other tests on the shared engine do not interfere
    const burst = await liveModel(env.engine, ['containers', 'images', 'volumes', 'networks'], {
      label: [`stevedore.test.run=${env.run}`],
    });
    try {
      const refreshesBefore = { ...burst.model.stats.refreshes };
      const partialBefore = burst.model.stats.partialLists;
      const requestsBefore = burst.model.stats.requests;
      const started = Date.now();
      const results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          api('POST', `/containers/create?name=${env.prefix}burst-${i}`, {
            Image: testImage,
            Cmd: ['true'],
            Labels: env.labels,
            HostConfig: { NetworkMode: 'none' },
          }),
        ),
      );
      const burstMs = Date.now() - started;
      expect(results.every((r) => r.status === 201)).toBe(true);
      await waitFor(
        () => burst.model.getTree('containers').filter((n) => n.label.startsWith(`${env.prefix}burst-`)).length === 50,
        5000,
      );
      await new Promise((r) => setTimeout(r, 500));
      await burst.model.whenIdle();
      const refreshes = Object.fromEntries(
        Object.entries(burst.model.stats.refreshes).map(([k, v]) => [
          k,
          v - refreshesBefore[k as keyof typeof refreshesBefore],
        ]),
      );
      expect(burstMs, 'the 50 creates must fit in one debounce ceiling').toBeLessThan(2000);
      expect(refreshes).toMatchObject({ containers: 1, volumes: 0, engines: 0 });
      expect(refreshes.images).toBeLessThanOrEqual(1); // in-use count of the test image changed
      expect(refreshes.networks).toBeLessThanOrEqual(1);
      expect(burst.model.stats.partialLists - partialBefore).toBe(1);
      expect(burst.model.stats.requests - requestsBefore).toBe(1);
    } finally {
      burst.dispose();
    }
  });

  it('a remote (tcp) engine gets no requests while the event stream is up, and the stream still delivers', async () => {
    const proxy = await recordingProxy('tcp');
    const engine = createEngine(
      await resolveEndpoint({ env: { ...process.env, DOCKER_HOST: proxy.host, DOCKER_CONTEXT: '' } }),
    );
    const remote = await liveModel(engine, ['containers', 'images', 'volumes', 'networks'], {
      label: [`stevedore.test.run=${env.run}`],
    });
    try {
      expect(remote.monitor.health.state).toBe('connected');
      const before = proxy.requests.length;
      await new Promise((r) => setTimeout(r, 5000));
      expect(proxy.requests.slice(before)).toEqual([]);
      const name = `${env.prefix}remote-c`;
      await docker('create', ...env.labelArgs, '--name', name, testImage, 'true');
      await waitFor(
        () =>
          find(remote.model.getTree('containers'), (n) => n.kind === 'container' && n.record.name === name) !==
          undefined,
        2000,
      );
    } finally {
      remote.dispose();
      engine.dispose();
      await proxy.close();
    }
  }, 30_000);
});
