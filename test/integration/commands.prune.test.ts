import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as a from '../../src/core/engine/actions';
import { collect, setupEnv, testImage, type TestEnv } from './commandsHelpers';

let t: TestEnv;
let dir: string;
beforeAll(async () => {
  t = await setupEnv();
  dir = mkdtempSync(join(tmpdir(), 'sdcmd-prune-'));
});
afterAll(async () => {
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const scope = () => ({ filters: { label: t.labelFilter } });
const exists = (p: Promise<unknown>) => p.then(() => true, () => false);

/** Builds an image under a tag, then other content under the same tag: the first becomes dangling. */
async function danglingImage(n: number): Promise<string> {
  const tag = `${t.prefix}dangle${n}:latest`;
  const build = async (v: string) => {
    const ctx = mkdtempSync(join(dir, 'ctx-'));
    writeFileSync(join(ctx, 'Dockerfile'), `FROM ${testImage}\nLABEL v=${v}\n`);
    await collect(a.buildImage(t.engine, { contextDir: ctx, tags: [tag], labels: t.labels }));
    return (await t.docker.getImage(tag).inspect()).Id;
  };
  const old = await build(`${n}-a`);
  await build(`${n}-b`);
  return old;
}

describe('prune with preview (integration)', () => {
  it('containers: the preview lists exactly the stopped ones; one created after the preview survives', async () => {
    const stopped = await a.createContainer(t.engine, t.spec({ name: `${t.prefix}stopped` }));
    const running = await a.runContainer(t.engine, t.spec({ name: `${t.prefix}running` }));
    const preview = await a.prunePreview(t.engine, 'containers', scope());
    expect(preview.items.map((i) => i.id)).toEqual([stopped]);
    expect(preview.items[0]!.label).toBe(`${t.prefix}stopped`);
    const late = await a.createContainer(t.engine, t.spec({ name: `${t.prefix}late` }));
    const result = await a.pruneItems(t.engine, preview);
    expect(result.removed.map((i) => i.id)).toEqual([stopped]);
    expect(await exists(t.docker.getContainer(stopped).inspect())).toBe(false);
    expect(await exists(t.docker.getContainer(late).inspect())).toBe(true);
    expect(await exists(t.docker.getContainer(running).inspect())).toBe(true);
  });

  it('a previewed container started before confirmation is kept and reported', async () => {
    const c = await a.createContainer(t.engine, t.spec({ name: `${t.prefix}revived` }));
    const preview = await a.prunePreview(t.engine, 'containers', scope());
    expect(preview.items.map((i) => i.id)).toContain(c);
    await a.startContainer(t.engine, c);
    const result = await a.pruneItems(t.engine, preview);
    expect(result.failed.map((f) => f.item.id)).toContain(c);
    expect(await exists(t.docker.getContainer(c).inspect())).toBe(true);
  });

  it('volumes: unused only; a volume created after the preview survives', async () => {
    const unused = await a.createVolume(t.engine, { name: `${t.prefix}unused`, labels: t.labels });
    const used = await a.createVolume(t.engine, { name: `${t.prefix}used`, labels: t.labels });
    await a.runContainer(t.engine, t.spec({ name: `${t.prefix}voluser`, volumes: [{ kind: 'named', name: used, target: '/d' }] }));
    const preview = await a.prunePreview(t.engine, 'volumes', scope());
    expect(preview.items.map((i) => i.id)).toEqual([unused]);
    const late = await a.createVolume(t.engine, { name: `${t.prefix}latevol`, labels: t.labels });
    await a.pruneItems(t.engine, preview);
    expect(await exists(t.docker.getVolume(unused).inspect())).toBe(false);
    expect(await exists(t.docker.getVolume(used).inspect())).toBe(true);
    expect(await exists(t.docker.getVolume(late).inspect())).toBe(true);
  });

  it('networks: unused custom ones only; one created after the preview survives', async () => {
    const unusedId = await a.createNetwork(t.engine, { name: `${t.prefix}unusednet`, labels: t.labels });
    const preview = await a.prunePreview(t.engine, 'networks', scope());
    const names = preview.items.map((i) => i.label);
    expect(names).toContain(`${t.prefix}unusednet`);
    expect(names).not.toContain(`${t.prefix}default`); // containers of this file use it
    const lateId = await a.createNetwork(t.engine, { name: `${t.prefix}latenet`, labels: t.labels });
    await a.pruneItems(t.engine, preview);
    expect(await exists(t.docker.getNetwork(unusedId).inspect())).toBe(false);
    expect(await exists(t.docker.getNetwork(lateId).inspect())).toBe(true);
  });

  it('images: dangling only, sizes summed; one made dangling after the preview survives', async () => {
    const first = await danglingImage(1);
    const preview = await a.prunePreview(t.engine, 'images', scope());
    expect(preview.items.map((i) => i.id)).toEqual([first]);
    expect(preview.reclaimable).toBe(preview.items.reduce((n, i) => n + (i.size ?? 0), 0));
    const second = await danglingImage(2);
    await a.pruneItems(t.engine, preview);
    expect(await exists(t.docker.getImage(first).inspect())).toBe(false);
    expect(await exists(t.docker.getImage(second).inspect())).toBe(true);
  });

  it('images -a: unused tagged images too, not those a container uses', async () => {
    const ctx = mkdtempSync(join(dir, 'ctx-'));
    writeFileSync(join(ctx, 'Dockerfile'), `FROM ${testImage}\nLABEL all=1\n`);
    await collect(a.buildImage(t.engine, { contextDir: ctx, tags: [`${t.prefix}unused:1`, `${t.prefix}unused:2`], labels: t.labels }));
    writeFileSync(join(ctx, 'Dockerfile'), `FROM ${testImage}\nLABEL all=2\n`);
    await collect(a.buildImage(t.engine, { contextDir: ctx, tags: [`${t.prefix}inuse:1`], labels: t.labels }));
    await a.createContainer(t.engine, t.spec({ image: `${t.prefix}inuse:1`, name: `${t.prefix}imguser` }));
    const preview = await a.prunePreview(t.engine, 'imagesAll', scope());
    const labels = preview.items.map((i) => i.label);
    expect(labels).toContain(`${t.prefix}unused:1, ${t.prefix}unused:2`);
    expect(labels.join()).not.toContain(`${t.prefix}inuse:1`);
    const r = await a.pruneItems(t.engine, preview);
    expect(r.failed).toEqual([]);
    expect(await exists(t.docker.getImage(`${t.prefix}unused:1`).inspect())).toBe(false);
    expect(await exists(t.docker.getImage(`${t.prefix}inuse:1`).inspect())).toBe(true);
  });

  it('system: stopped containers and the networks only they use', async () => {
    const net = `${t.prefix}sysnet`;
    await a.createNetwork(t.engine, { name: net, labels: t.labels });
    const c = await a.createContainer(t.engine, t.spec({ name: `${t.prefix}sys`, network: net }));
    const preview = await a.prunePreview(t.engine, 'system', scope());
    expect(preview.items.filter((i) => i.type === 'container').map((i) => i.id)).toContain(c);
    expect(preview.items.filter((i) => i.type === 'network').map((i) => i.label)).toContain(net);
    const r = await a.pruneItems(t.engine, preview);
    expect(r.failed).toEqual([]);
    expect(await exists(t.docker.getNetwork(net).inspect())).toBe(false);
  });
});

describe('volume verbs (integration)', () => {
  it('create with driver and labels, refuse removing one in use, remove', async () => {
    const name = await a.createVolume(t.engine, { name: `${t.prefix}v1`, labels: { ...t.labels, 'x.odd': 'a;rm -rf / $(x) ü' } });
    const v = await t.docker.getVolume(name).inspect();
    expect(v.Driver).toBe('local');
    expect(v.Labels['x.odd']).toBe('a;rm -rf / $(x) ü');
    const c = await a.createContainer(t.engine, t.spec({ name: `${t.prefix}v1user`, volumes: [{ kind: 'named', name, target: '/d' }] }));
    await expect(a.removeVolume(t.engine, name)).rejects.toThrow(/in use.*Remove the containers using it first/);
    await a.removeContainer(t.engine, c);
    await a.removeVolume(t.engine, name);
    expect(await exists(t.docker.getVolume(name).inspect())).toBe(false);
    await expect(a.createVolume(t.engine, { name: 'a;b', labels: t.labels })).rejects.toThrow(/invalid characters/);
  });
});
