// A container's size on demand against the real engine: the listing carries none, a hover asks the engine for
// that one container's (inspect with size=true) and the tooltip shows "Size: rw X (virtual Y)".
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, resolveEndpoint, type Engine } from '../../src/core/engine/index';
import { ExplorerModel } from '../../src/core/tree/model';
import type { ContainerNode } from '../../src/core/tree/nodes';
import { resolveTooltip } from '../../src/core/tree/resolveTooltip';
import { api, docker, find, liveModel, setupEnv, testImage, type ExplorerEnv } from './explorerHelpers';
import { recordingProxy, type RecordingProxy } from './recordingProxy';

let env: ExplorerEnv;
let live: Awaited<ReturnType<typeof liveModel>>;
let id: string;
const bytes = 300_000;

beforeAll(async () => {
  env = await setupEnv('explorer-size');
  // writes exactly `bytes` bytes into its writable layer, then exits
  id = await docker(
    'run',
    '-d',
    ...env.labelArgs,
    '--name',
    `${env.prefix}sized`,
    '--network',
    'none',
    testImage,
    'dd',
    'if=/dev/zero',
    'of=/blob',
    'bs=1000',
    `count=${bytes / 1000}`,
  );
  await docker('wait', id);
  live = await liveModel(env.engine, ['containers'], { label: [`stevedore.test.run=${env.run}`] });
});

afterAll(async () => {
  live?.dispose();
  await env?.cleanup();
  env?.engine.dispose();
});

describe('container size on demand (integration)', () => {
  it("the engine computes one container's size when asked, and only then", async () => {
    const sized = await env.engine.inspectContainer(id, { size: true });
    const image = (await api<{ Size: number }>('GET', `/images/${encodeURIComponent(testImage)}/json`)).json.Size;
    expect(sized.size!.rw).toBeGreaterThanOrEqual(bytes);
    expect(sized.size!.rw).toBeLessThan(bytes + 100_000);
    expect(sized.size!.rootFs).toBeGreaterThanOrEqual(image + bytes);
    expect((await env.engine.inspectContainer(id)).size).toBeUndefined();
  });

  it("the model's listing never asks for sizes; only the hover does, for that one container", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stv-size-'));
    let proxy: RecordingProxy | undefined;
    let engine: Engine | undefined;
    try {
      proxy = await recordingProxy(join(dir, 'engine.sock'));
      engine = createEngine(
        await resolveEndpoint({ env: { ...process.env, DOCKER_HOST: proxy.host, DOCKER_CONTEXT: '' } }),
      );
      const model = new ExplorerModel({ engine });
      await model.setVisible('containers', true);
      // an event about one container: the partial list by id
      model.handleEvent({ type: 'container', action: 'start', id, attributes: {}, time: 0, timeNano: 0 });
      await model.whenIdle();
      const lists = proxy.requests.filter((r) => /^GET (\/v[\d.]+)?\/containers\/json\?/.test(r));
      expect(lists.length).toBeGreaterThanOrEqual(2);
      expect(lists.some((r) => r.includes('filters='))).toBe(true);
      for (const r of lists) expect(r).not.toMatch(/[?&]size=(1|true)/);
      const node = find(
        model.getTree('containers'),
        (n) => n.kind === 'container' && n.record.id === id,
      ) as ContainerNode;
      await resolveTooltip(engine, node);
      expect(proxy.requests.filter((r) => /[?&]size=(1|true)/.test(r))).toEqual([
        expect.stringMatching(new RegExp(`^GET /v[\\d.]+/containers/${id}/json\\?size=(1|true) `)),
      ]);
      model.dispose();
    } finally {
      engine?.dispose();
      await proxy?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the hovered item\'s tooltip shows "Size: rw X (virtual Y)"; the listed one does not', async () => {
    await live.model.refresh('containers');
    const node = find(
      live.model.getTree('containers'),
      (n) => n.kind === 'container' && n.record.id === id,
    ) as ContainerNode;
    expect(node.tooltip).not.toContain('**Size:**');
    const md = await resolveTooltip(env.engine, node);
    expect(md).toMatch(/\*\*Size:\*\* rw 30\d kB \(virtual \d[\d.]* MB\)/);
    expect(md).toContain('**Exit code:** 0');
  });
});
