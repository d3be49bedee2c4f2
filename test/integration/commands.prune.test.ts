import { randomBytes } from 'node:crypto';
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
  dir = mkdtempSync(join(tmpdir(), 'sdcmd-prune-'));
});
afterAll(async () => {
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

const scope = () => ({ filters: { label: t.labelFilter } });

/** Builds an image under a tag, then other content under the same tag: the first becomes dangling. */
async function danglingImage(n: number): Promise<string> {
  const tag = `${t.prefix}dangle${n}:latest`;
  const build = async (v: string) => {
    const ctx = mkdtempSync(join(dir, 'ctx-'));
    writeFileSync(join(ctx, 'Dockerfile'), `FROM ${testImage}\nLABEL v=${v}\n`);
    await collect(actionsFor(t.engine).buildImage({ contextDir: ctx, tags: [tag], labels: t.labels }));
    return (await t.docker.getImage(tag).inspect()).Id;
  };
  const old = await build(`${n}-a`);
  await build(`${n}-b`);
  return old;
}

describe('prune with preview (integration)', () => {
  it('containers: the preview lists exactly the stopped ones; one created after the preview survives', async () => {
    const stopped = await actionsFor(t.engine).createContainer(t.spec({ name: `${t.prefix}stopped` }));
    const running = await actionsFor(t.engine).runContainer(t.spec({ name: `${t.prefix}running` }));
    const preview = await actionsFor(t.engine).prunePreview('containers', scope());
    expect(preview.items.map((i) => i.id)).toEqual([stopped]);
    expect(preview.items[0]!.label).toBe(`${t.prefix}stopped`);
    const late = await actionsFor(t.engine).createContainer(t.spec({ name: `${t.prefix}late` }));
    const result = await actionsFor(t.engine).pruneItems(preview);
    expect(result.removed.map((i) => i.id)).toEqual([stopped]);
    expect(await exists(t.docker.getContainer(stopped).inspect())).toBe(false);
    expect(await exists(t.docker.getContainer(late).inspect())).toBe(true);
    expect(await exists(t.docker.getContainer(running).inspect())).toBe(true);
  });

  it('a previewed container started before confirmation is kept and reported', async () => {
    const c = await actionsFor(t.engine).createContainer(t.spec({ name: `${t.prefix}revived` }));
    const preview = await actionsFor(t.engine).prunePreview('containers', scope());
    expect(preview.items.map((i) => i.id)).toContain(c);
    await actionsFor(t.engine).startContainer(c);
    const result = await actionsFor(t.engine).pruneItems(preview);
    expect(result.skipped.map((f) => f.item.id)).toContain(c);
    expect(await exists(t.docker.getContainer(c).inspect())).toBe(true);
  });

  it('volumes: unused only; a volume created after the preview survives', async () => {
    const unused = await actionsFor(t.engine).createVolume({ name: `${t.prefix}unused`, labels: t.labels });
    const used = await actionsFor(t.engine).createVolume({ name: `${t.prefix}used`, labels: t.labels });
    await actionsFor(t.engine).runContainer(
      t.spec({ name: `${t.prefix}voluser`, volumes: [{ kind: 'named', name: used, target: '/d' }] }),
    );
    const preview = await actionsFor(t.engine).prunePreview('volumesAll', scope());
    expect(preview.items.map((i) => i.id)).toEqual([unused]);
    const late = await actionsFor(t.engine).createVolume({ name: `${t.prefix}latevol`, labels: t.labels });
    await actionsFor(t.engine).pruneItems(preview);
    expect(await exists(t.docker.getVolume(unused).inspect())).toBe(false);
    expect(await exists(t.docker.getVolume(used).inspect())).toBe(true);
    expect(await exists(t.docker.getVolume(late).inspect())).toBe(true);
  });

  it('volumes: a named unused volume survives the default (anonymous) prune and goes with "all"', async () => {
    const named = await actionsFor(t.engine).createVolume({ name: `${t.prefix}keepme`, labels: t.labels });
    // what this engine counts as anonymous: the engine's label from API 1.42, a 64-hex name before
    const { apiVersion } = await t.engine.version();
    const hex = randomBytes(32).toString('hex');
    const anon = await actionsFor(t.engine).createVolume({
      name: hex,
      labels: { ...t.labels, ...(Number(apiVersion.split('.')[1]) >= 42 ? { 'com.docker.volume.anonymous': '' } : {}) },
    });
    const anonymous = await actionsFor(t.engine).prunePreview('volumes', scope());
    expect(anonymous.items.map((i) => i.id)).toEqual([anon]);
    await actionsFor(t.engine).pruneItems(anonymous);
    expect(await exists(t.docker.getVolume(anon).inspect())).toBe(false);
    expect(await exists(t.docker.getVolume(named).inspect())).toBe(true);
    const all = await actionsFor(t.engine).prunePreview('volumesAll', scope());
    expect(all.items.map((i) => i.id)).toContain(named);
    expect(all.items.map((i) => i.id)).not.toContain(`${t.prefix}used`);
    await actionsFor(t.engine).pruneItems(all);
    expect(await exists(t.docker.getVolume(named).inspect())).toBe(false);
  });

  it('networks: unused custom ones only; one created after the preview survives', async () => {
    const unusedId = await actionsFor(t.engine).createNetwork({ name: `${t.prefix}unusednet`, labels: t.labels });
    const preview = await actionsFor(t.engine).prunePreview('networks', scope());
    const names = preview.items.map((i) => i.label);
    expect(names).toContain(`${t.prefix}unusednet`);
    expect(names).not.toContain(`${t.prefix}default`); // containers of this file use it
    const lateId = await actionsFor(t.engine).createNetwork({ name: `${t.prefix}latenet`, labels: t.labels });
    await actionsFor(t.engine).pruneItems(preview);
    expect(await exists(t.docker.getNetwork(unusedId).inspect())).toBe(false);
    expect(await exists(t.docker.getNetwork(lateId).inspect())).toBe(true);
  });

  it('images: dangling only, sizes summed; one made dangling after the preview survives', async () => {
    const first = await danglingImage(1);
    const preview = await actionsFor(t.engine).prunePreview('images', scope());
    expect(preview.items.map((i) => i.id)).toEqual([first]);
    expect(preview.reclaimable).toBe(preview.items.reduce((n, i) => n + (i.size ?? 0), 0));
    const second = await danglingImage(2);
    await actionsFor(t.engine).pruneItems(preview);
    expect(await exists(t.docker.getImage(first).inspect())).toBe(false);
    expect(await exists(t.docker.getImage(second).inspect())).toBe(true);
  });

  it('images -a: unused tagged images too, not those a container uses', async () => {
    const ctx = mkdtempSync(join(dir, 'ctx-'));
    writeFileSync(join(ctx, 'Dockerfile'), `FROM ${testImage}\nLABEL all=1\n`);
    await collect(
      actionsFor(t.engine).buildImage({
        contextDir: ctx,
        tags: [`${t.prefix}unused:1`, `${t.prefix}unused:2`],
        labels: t.labels,
      }),
    );
    writeFileSync(join(ctx, 'Dockerfile'), `FROM ${testImage}\nLABEL all=2\n`);
    await collect(actionsFor(t.engine).buildImage({ contextDir: ctx, tags: [`${t.prefix}inuse:1`], labels: t.labels }));
    await actionsFor(t.engine).createContainer(t.spec({ image: `${t.prefix}inuse:1`, name: `${t.prefix}imguser` }));
    const preview = await actionsFor(t.engine).prunePreview('imagesAll', scope());
    const labels = preview.items.map((i) => i.label);
    expect(labels).toContain(`${t.prefix}unused:1, ${t.prefix}unused:2`);
    expect(labels.join()).not.toContain(`${t.prefix}inuse:1`);
    const r = await actionsFor(t.engine).pruneItems(preview);
    expect(r.failed).toEqual([]);
    expect(await exists(t.docker.getImage(`${t.prefix}unused:1`).inspect())).toBe(false);
    expect(await exists(t.docker.getImage(`${t.prefix}inuse:1`).inspect())).toBe(true);
  });

  it('build cache: removes exactly the previewed records, shared ones included', async () => {
    const records = async () =>
      ((await t.docker.df()) as { BuildCache?: { ID: string; Parent?: string; Parents?: string[] | null }[] | null })
        .BuildCache ?? [];
    const before = new Set((await records()).map((b) => b.ID));
    const ctx = mkdtempSync(join(dir, 'ctx-'));
    // BuildKit (version=2) makes build cache records; the classic builder makes none
    const build = async (n: number) => {
      writeFileSync(join(ctx, 'Dockerfile'), `FROM ${testImage}\nRUN echo ${t.prefix}cache${n} > /x\n`);
      const stream = await t.docker.buildImage({ context: ctx, src: ['Dockerfile'] }, {
        t: `${t.prefix}bk:${n}`,
        labels: t.labels,
        version: '2',
      } as object);
      await new Promise<void>((resolve, reject) =>
        t.docker.modem.followProgress(stream, (err: Error | null) => (err ? reject(err) : resolve())),
      );
    };
    await build(1);
    const mine = new Set((await records()).map((b) => b.ID).filter((id) => !before.has(id)));
    expect(mine.size).toBeGreaterThan(0);
    const preview = await actionsFor(t.engine).prunePreview('buildCache');
    // the engine is shared: act only on the records this test made
    const own = { ...preview, items: preview.items.filter((i) => mine.has(i.id)) };
    expect(own.items.map((i) => i.id).sort()).toEqual([...mine].sort());
    await build(2);
    const now = await records();
    const late = now.map((b) => b.ID).filter((id) => !before.has(id) && !mine.has(id));
    expect(late.length).toBeGreaterThan(0);
    // records the second build now stands on were previewed but are in use again: they must be kept
    const parentOf = new Map(now.map((b) => [b.ID, b.Parents ?? (b.Parent ? [b.Parent] : [])]));
    const reused = new Set<string>();
    const walk = (id: string): void => {
      for (const p of parentOf.get(id) ?? [])
        if (!reused.has(p)) {
          reused.add(p);
          walk(p);
        }
    };
    late.forEach(walk);
    const result = await actionsFor(t.engine).pruneItems(own);
    expect(result.failed.map((f) => f.item.id).sort()).toEqual([...mine].filter((id) => reused.has(id)).sort());
    const after = new Set((await records()).map((b) => b.ID));
    expect([...mine].filter((id) => after.has(id) && !reused.has(id))).toEqual([]);
    expect(late.filter((id) => !after.has(id))).toEqual([]);
    const rest = await actionsFor(t.engine).prunePreview('buildCache');
    await actionsFor(t.engine).pruneItems({
      ...rest,
      items: rest.items.filter((i) => late.includes(i.id) || mine.has(i.id)),
    });
  });

  it('system: stopped containers and the networks only they use', async () => {
    const net = `${t.prefix}sysnet`;
    await actionsFor(t.engine).createNetwork({ name: net, labels: t.labels });
    const c = await actionsFor(t.engine).createContainer(t.spec({ name: `${t.prefix}sys`, network: net }));
    const preview = await actionsFor(t.engine).prunePreview('system', scope());
    expect(preview.items.filter((i) => i.type === 'container').map((i) => i.id)).toContain(c);
    expect(preview.items.filter((i) => i.type === 'network').map((i) => i.label)).toContain(net);
    const r = await actionsFor(t.engine).pruneItems(preview);
    expect(r.failed).toEqual([]);
    expect(await exists(t.docker.getNetwork(net).inspect())).toBe(false);
  });
});

describe('volume verbs (integration)', () => {
  it('create with driver and labels, refuse removing one in use, remove', async () => {
    const name = await actionsFor(t.engine).createVolume({
      name: `${t.prefix}v1`,
      labels: { ...t.labels, 'x.odd': 'a;rm -rf / $(x) ü' },
    });
    const v = await t.docker.getVolume(name).inspect();
    expect(v.Driver).toBe('local');
    expect(v.Labels['x.odd']).toBe('a;rm -rf / $(x) ü');
    const c = await actionsFor(t.engine).createContainer(
      t.spec({ name: `${t.prefix}v1user`, volumes: [{ kind: 'named', name, target: '/d' }] }),
    );
    await expect(actionsFor(t.engine).removeVolume(name)).rejects.toThrow(
      /in use.*Remove the containers using it first/,
    );
    await actionsFor(t.engine).removeContainer(c);
    await actionsFor(t.engine).removeVolume(name);
    expect(await exists(t.docker.getVolume(name).inspect())).toBe(false);
    await expect(actionsFor(t.engine).createVolume({ name: 'a;b', labels: t.labels })).rejects.toThrow(
      /invalid characters/,
    );
  });
});
