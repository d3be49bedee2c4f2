// Prune races: between the preview and the confirmation an item changes (a tag added, a container created or
// started, a volume re-created); the confirmed prune removes nothing that changed and says why per item.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionsFor } from '../../src/core/engine/actions';
import { collect, exists, setupEnv, testImage, type TestEnv } from './commandsHelpers';

let t: TestEnv;
let dir: string;
beforeAll(async () => {
  t = await setupEnv();
  dir = mkdtempSync(join(tmpdir(), 'sdcmd-race-'));
});
afterAll(async () => {
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const scope = () => ({ filters: { label: t.labelFilter } });
let n = 0;
async function image(tags: string[]): Promise<string> {
  const ctx = mkdtempSync(join(dir, 'ctx-'));
  writeFileSync(join(ctx, 'Dockerfile'), `FROM ${testImage}\nLABEL race=${t.prefix}${++n}\n`);
  await collect(actionsFor(t.engine).buildImage({ contextDir: ctx, tags, labels: t.labels }));
  return (await t.docker.getImage(tags[0]!).inspect()).Id;
}
async function dangling(): Promise<string> {
  const tag = `${t.prefix}dangle${++n}:latest`;
  const old = await image([tag]);
  await image([tag]);
  return old;
}
const skippedIds = (r: { skipped: { item: { id: string } }[] }) => r.skipped.map((s) => s.item.id);

describe('prune revalidates each item at confirm time (integration)', () => {
  it('images: a dangling image tagged after the preview keeps its new tag', async () => {
    const id = await dangling();
    const preview = await actionsFor(t.engine).prunePreview('images', scope());
    expect(preview.items.map((i) => i.id)).toContain(id);
    await t.docker.getImage(id).tag({ repo: `${t.prefix}late`, tag: '1' });
    const r = await actionsFor(t.engine).pruneItems(preview);
    expect(skippedIds(r)).toContain(id);
    expect(r.skipped.find((s) => s.item.id === id)!.reason).toMatch(/tags changed/);
    expect(await exists(t.docker.getImage(`${t.prefix}late:1`).inspect())).toBe(true);
  });

  it('images: a dangling image a container starts using after the preview is kept', async () => {
    const id = await dangling();
    const preview = await actionsFor(t.engine).prunePreview('images', scope());
    await actionsFor(t.engine).createContainer(t.spec({ image: id, name: `${t.prefix}danglinguser` }));
    const r = await actionsFor(t.engine).pruneItems(preview);
    expect(skippedIds(r)).toContain(id);
    expect(await exists(t.docker.getImage(id).inspect())).toBe(true);
  });

  it('images -a: an image with two tags that gains a container keeps both tags', async () => {
    const id = await image([`${t.prefix}two:1`, `${t.prefix}two:2`]);
    const preview = await actionsFor(t.engine).prunePreview('imagesAll', scope());
    expect(preview.items.map((i) => i.id)).toContain(id);
    await actionsFor(t.engine).createContainer(t.spec({ image: `${t.prefix}two:1`, name: `${t.prefix}twouser` }));
    const r = await actionsFor(t.engine).pruneItems(preview);
    expect(r.skipped.find((s) => s.item.id === id)?.reason).toMatch(/uses it now/);
    const info = await t.docker.getImage(id).inspect();
    expect(info.RepoTags.sort()).toEqual([`${t.prefix}two:1`, `${t.prefix}two:2`]);
  });

  it('images -a: a tag added after the preview is not removed with the image', async () => {
    const id = await image([`${t.prefix}tagged:1`]);
    const preview = await actionsFor(t.engine).prunePreview('imagesAll', scope());
    await t.docker.getImage(id).tag({ repo: `${t.prefix}tagged`, tag: 'new' });
    const r = await actionsFor(t.engine).pruneItems(preview);
    expect(skippedIds(r)).toContain(id);
    expect(await exists(t.docker.getImage(`${t.prefix}tagged:new`).inspect())).toBe(true);
    expect(await exists(t.docker.getImage(`${t.prefix}tagged:1`).inspect())).toBe(true);
  });

  it('containers: one started after the preview is skipped with the reason', async () => {
    const c = await actionsFor(t.engine).createContainer(t.spec({ name: `${t.prefix}started` }));
    const preview = await actionsFor(t.engine).prunePreview('containers', scope());
    await actionsFor(t.engine).startContainer(c);
    const r = await actionsFor(t.engine).pruneItems(preview);
    expect(r.skipped.find((s) => s.item.id === c)?.reason).toMatch(/running/);
    expect(await exists(t.docker.getContainer(c).inspect())).toBe(true);
  });

  for (const kind of ['volumes', 'volumesAll'] as const)
    it(`${kind}: a volume a container mounts after the preview is kept; a re-created one is kept`, async () => {
      const labels = { ...t.labels, 'com.docker.volume.anonymous': '' };
      const used = await actionsFor(t.engine).createVolume({ name: `${t.prefix}${kind}used`, labels });
      const again = await actionsFor(t.engine).createVolume({ name: `${t.prefix}${kind}again`, labels });
      const preview = await actionsFor(t.engine).prunePreview(kind, scope());
      expect(preview.items.map((i) => i.id)).toEqual(expect.arrayContaining([used, again]));
      await actionsFor(t.engine).createContainer(
        t.spec({ name: `${t.prefix}${kind}user`, volumes: [{ kind: 'named', name: used, target: '/d' }] }),
      );
      await t.docker.getVolume(again).remove();
      await new Promise((r) => setTimeout(r, 1100)); // CreatedAt has one-second resolution
      await actionsFor(t.engine).createVolume({ name: again, labels });
      const r = await actionsFor(t.engine).pruneItems(preview);
      expect(r.skipped.find((s) => s.item.id === used)?.reason).toMatch(/uses it now/);
      expect(r.skipped.find((s) => s.item.id === again)?.reason).toMatch(/re-created/);
      expect(await exists(t.docker.getVolume(used).inspect())).toBe(true);
      expect(await exists(t.docker.getVolume(again).inspect())).toBe(true);
    });

  it('networks: a network a container joins after the preview is kept', async () => {
    const net = await actionsFor(t.engine).createNetwork({ name: `${t.prefix}joined`, labels: t.labels });
    const preview = await actionsFor(t.engine).prunePreview('networks', scope());
    expect(preview.items.map((i) => i.id)).toContain(net);
    await actionsFor(t.engine).createContainer(t.spec({ name: `${t.prefix}joiner`, network: `${t.prefix}joined` }));
    const r = await actionsFor(t.engine).pruneItems(preview);
    expect(skippedIds(r)).toContain(net);
    expect(await exists(t.docker.getNetwork(net).inspect())).toBe(true);
  });

  it('system: a container started after the preview keeps itself and its network', async () => {
    const net = await actionsFor(t.engine).createNetwork({ name: `${t.prefix}sysrace`, labels: t.labels });
    const c = await actionsFor(t.engine).createContainer(
      t.spec({ name: `${t.prefix}sysracer`, network: `${t.prefix}sysrace` }),
    );
    const preview = await actionsFor(t.engine).prunePreview('system', scope());
    expect(preview.items.map((i) => i.id)).toEqual(expect.arrayContaining([c, net]));
    await actionsFor(t.engine).startContainer(c);
    const r = await actionsFor(t.engine).pruneItems(preview);
    expect(skippedIds(r)).toEqual(expect.arrayContaining([c, net]));
    expect(await exists(t.docker.getContainer(c).inspect())).toBe(true);
    expect(await exists(t.docker.getNetwork(net).inspect())).toBe(true);
  });
});
