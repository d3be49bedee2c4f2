// A container's size on demand against the real engine: the listing carries none, a hover asks the engine for
// that one container's (inspect with size=true) and the tooltip shows "Size: rw X (virtual Y)".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContainerNode } from '../../src/core/tree/nodes';
import { resolveTooltip } from '../../src/core/tree/resolveTooltip';
import { api, docker, find, liveModel, setupEnv, testImage, type ExplorerEnv } from './explorerHelpers';

let env: ExplorerEnv;
let live: Awaited<ReturnType<typeof liveModel>>;
let id: string;
const bytes = 300_000;

beforeAll(async () => {
  env = await setupEnv('explorer-size');
  // writes exactly `bytes` bytes into its writable layer, then exits
  id = await docker('run', '-d', ...env.labelArgs, '--name', `${env.prefix}sized`, '--network', 'none', testImage,
    'dd', 'if=/dev/zero', 'of=/blob', 'bs=1000', `count=${bytes / 1000}`);
  await docker('wait', id);
  live = await liveModel(env.engine, ['containers'], { label: [`stevedore.test.run=${env.run}`] });
});

afterAll(async () => {
  live?.dispose();
  await env?.cleanup();
  env?.engine.dispose();
});

describe('container size on demand (integration)', () => {
  it('the engine computes one container\'s size when asked, and only then', async () => {
    const sized = await env.engine.inspectContainer(id, { size: true });
    const image = (await api<{ Size: number }>('GET', `/images/${encodeURIComponent(testImage)}/json`)).json.Size;
    expect(sized.size!.rw).toBeGreaterThanOrEqual(bytes);
    expect(sized.size!.rw).toBeLessThan(bytes + 100_000);
    expect(sized.size!.rootFs).toBeGreaterThanOrEqual(image + bytes);
    expect((await env.engine.inspectContainer(id)).size).toBeUndefined();
    // what the listing gets from the engine has no sizes in it
    const listed = await api<Record<string, unknown>[]>('GET', `/containers/json?all=1&filters=${encodeURIComponent(JSON.stringify({ id: [id] }))}`);
    expect(listed.json[0]).not.toHaveProperty('SizeRw');
  });

  it('the hovered item\'s tooltip shows "Size: rw X (virtual Y)"; the listed one does not', async () => {
    await live.model.refresh('containers');
    const node = find(live.model.getTree('containers'), (n) => n.kind === 'container' && n.record.id === id) as ContainerNode;
    expect(node.tooltip).not.toContain('**Size:**');
    const md = await resolveTooltip(env.engine, node);
    expect(md).toMatch(/\*\*Size:\*\* rw 30\d kB \(virtual \d[\d.]* MB\)/);
    expect(md).toContain('**Exit code:** 0');
  });
});
