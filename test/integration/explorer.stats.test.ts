// CPU/memory in the Containers view's descriptions, from the real engine's stats stream of a running container:
// followed while asked for, dropped (stream closed) when no longer, and shown for a container whose stream another
// subscriber (its stats panel) holds open.
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { createStatsHub, type StatsHub } from '../../src/core/engine/statsHub';
import type { TreeNode } from '../../src/core/tree/nodes';
import { StatsDescriptions } from '../../src/core/tree/statsDescriptions';
import { docker, find, liveModel, setupEnv, testImage, waitFor, type ExplorerEnv } from './explorerHelpers';

let env: ExplorerEnv;
let live: Awaited<ReturnType<typeof liveModel>>;
let hub: StatsHub;
let busy: string;
let idle: string;

beforeAll(async () => {
  env = await setupEnv('explorer-stats');
  busy = await docker(
    'run',
    '-d',
    ...env.labelArgs,
    '--name',
    `${env.prefix}busy`,
    '--network',
    'none',
    testImage,
    'sh',
    '-c',
    'while :; do :; done',
  );
  idle = await docker(
    'run',
    '-d',
    ...env.labelArgs,
    '--name',
    `${env.prefix}idle`,
    '--network',
    'none',
    testImage,
    'sleep',
    '300',
  );
  live = await liveModel(env.engine, ['containers'], { label: [`stevedore.test.run=${env.run}`] });
  hub = createStatsHub(() => env.engine);
});

afterAll(async () => {
  hub?.dispose();
  live?.dispose();
  await env?.cleanup();
  env?.engine.dispose();
});

const description = (id: string) =>
  find(live.model.getTree('containers'), (n: TreeNode) => n.kind === 'container' && n.record.id === id)?.description ??
  '';

describe('CPU/memory in the Containers view (integration)', () => {
  it('follows the running containers, shows "CPU x% · y" in their descriptions at most once a second, and stops when asked', async () => {
    const changes: number[] = [];
    const stats = new StatsDescriptions(hub, () => {
      changes.push(Date.now());
      live.model.relayout(['containers']);
    });
    onTestFinished(() => stats.dispose());
    live.model.viewTrees.setStatsText((id) => stats.get(id));
    await live.model.refresh('containers');
    const running = live.model.runningContainerIds();
    expect(running).toEqual(expect.arrayContaining([busy, idle]));
    stats.follow(running);
    expect([...hub.streaming].sort()).toEqual([...running].sort());
    await waitFor(
      () => /CPU \d+\.\d\d% · [\d.]+(B|KiB|MiB)$/.test(description(busy)) && /CPU /.test(description(idle)),
      15_000,
      50,
    );
    expect(description(busy)).toMatch(/^stevedore-test\/busybox:latest · Up .* · CPU \d+\.\d\d% · [\d.]+(B|KiB|MiB)$/);
    // a spinning shell shows CPU use once two samples are in
    await waitFor(() => Number(/CPU (\d+\.\d\d)%/.exec(description(busy))?.[1]) > 1, 15_000, 100);
    await new Promise((r) => setTimeout(r, 2500));
    for (let i = 1; i < changes.length; i++) expect(changes[i]! - changes[i - 1]!).toBeGreaterThanOrEqual(990);

    stats.follow([]);
    expect(hub.streaming.size).toBe(0);
    await waitFor(() => !description(busy).includes('CPU'), 3000);
  });

  it('a stream held open by someone else (a stats panel) shows in the description without following', async () => {
    const stats = new StatsDescriptions(hub, () => live.model.relayout(['containers']));
    onTestFinished(() => stats.dispose());
    live.model.viewTrees.setStatsText((id) => stats.get(id));
    const panel = hub.subscribe(idle, { sample: () => undefined });
    await waitFor(() => description(idle).includes('CPU '), 15_000, 50);
    expect(description(busy)).not.toContain('CPU ');
    panel.dispose();
    await waitFor(() => !description(idle).includes('CPU '), 3000);
  });
});
