import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as a from '../../src/core/engine/actions';
import { actionsFor } from '../../src/core/engine/actions';
import { EngineError } from '../../src/core/engine/errors';
import { collect, setupEnv, testImage, type TestEnv } from './commandsHelpers';

let t: TestEnv;
let dir: string;
beforeAll(async () => {
  t = await setupEnv();
  dir = mkdtempSync(join(tmpdir(), 'sdcmd-build-'));
});
afterAll(async () => {
  await t.cleanup();
  rmSync(dir, { recursive: true, force: true });
});

function buildContext(files: Record<string, string>): string {
  const ctx = mkdtempSync(join(dir, 'ctx-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(join(ctx, p, '..'), { recursive: true });
    writeFileSync(join(ctx, p), text);
  }
  return ctx;
}

describe('build (integration)', () => {
  it('sends the context without what .dockerignore excludes, streams output, tags the image', async () => {
    const ctx = buildContext({
      Dockerfile: `FROM ${testImage}\nCOPY . /ctx\nRUN echo built-step\n`,
      '.dockerignore': 'secret.txt\nlogs/\n*.tmp\n!keep.tmp\n',
      'app.txt': 'app',
      'secret.txt': 'nope',
      'logs/a.log': 'nope',
      'x.tmp': 'nope',
      'keep.tmp': 'yes',
      'src/main.txt': 'yes',
    });
    expect(await a.contextEntries(ctx)).toEqual(['.dockerignore', 'Dockerfile', 'app.txt', 'keep.tmp', 'src/main.txt']);
    const tag = `${t.prefix}built:1`;
    const events = await collect(
      actionsFor(t.engine).buildImage({ contextDir: ctx, tags: [tag], labels: t.labels, networkMode: 'none' }),
    );
    const out = events.map((e) => e.stream ?? '').join('');
    expect(out).toContain('built-step');
    expect(events.some((e) => a.builtImageId(e))).toBe(true);
    const id = await actionsFor(t.engine).runContainer(
      t.spec({ image: tag, cmd: ['sh', '-c', 'cd /ctx && find . -type f | sort'] }),
    );
    await t.docker.getContainer(id).wait();
    const logs = (await collect(actionsFor(t.engine).containerLogs(id))).map((c) => c.data.toString()).join('');
    expect(logs.split('\n').filter(Boolean)).toEqual([
      './.dockerignore',
      './Dockerfile',
      './app.txt',
      './keep.tmp',
      './src/main.txt',
    ]);
  });

  it('a failing step throws with the engine message', async () => {
    const ctx = buildContext({ Dockerfile: `FROM ${testImage}\nRUN exit 3\n` });
    const before = new Set((await t.docker.listContainers({ all: true })).map((c) => c.Id));
    await expect(
      collect(
        actionsFor(t.engine).buildImage({
          contextDir: ctx,
          tags: [`${t.prefix}fail:1`],
          labels: t.labels,
          networkMode: 'none',
        }),
      ),
    ).rejects.toThrow(/Build .* failed: .*returned a non-zero code: 3/);
    // the failed step's container is not left behind
    const left = (await t.docker.listContainers({ all: true })).filter(
      (c) => !before.has(c.Id) && c.Command.includes('exit 3'),
    );
    expect(left.map((c) => c.Id)).toEqual([]);
  });

  it('a Dockerfile outside the context is refused', async () => {
    const ctx = buildContext({ Dockerfile: `FROM ${testImage}\n` });
    await expect(
      collect(actionsFor(t.engine).buildImage({ contextDir: ctx, dockerfile: '../Dockerfile' })),
    ).rejects.toThrow(/inside the build context/);
  });
});

describe('image verbs (integration)', () => {
  it('tag, history, remove one tag, then the image', async () => {
    const ctx = buildContext({ Dockerfile: `FROM ${testImage}\nLABEL x=1\nRUN echo hi > /hi\n` });
    const tag1 = `${t.prefix}img:one`;
    await collect(
      actionsFor(t.engine).buildImage({ contextDir: ctx, tags: [tag1], labels: t.labels, networkMode: 'none' }),
    );
    const tag2 = `${t.prefix}img:two`;
    await actionsFor(t.engine).tagImage(tag1, tag2);
    const info = await t.docker.getImage(tag1).inspect();
    expect(info.RepoTags.sort()).toEqual([tag1, tag2].sort());
    const history = await actionsFor(t.engine).imageHistory(tag2);
    expect(history.some((h) => h.createdBy.includes('echo hi > /hi'))).toBe(true);
    expect(history[0]!.tags.sort()).toEqual([tag1, tag2].sort());
    const r1 = await actionsFor(t.engine).removeImage(tag2);
    expect(r1.untagged).toEqual([tag2]);
    expect(r1.deleted).toEqual([]);
    const r2 = await actionsFor(t.engine).removeImage(tag1);
    expect(r2.deleted.length).toBeGreaterThan(0);
    await expect(t.docker.getImage(info.Id).inspect()).rejects.toMatchObject({ statusCode: 404 });
  });

  it('remove all tags goes on past refused tags and reports each failure', async () => {
    const ctx = buildContext({ Dockerfile: `FROM ${testImage}\nLABEL alltags=1\n` });
    const tags = [`${t.prefix}all:a`, `${t.prefix}all:b`, `${t.prefix}all:c`];
    await collect(actionsFor(t.engine).buildImage({ contextDir: ctx, tags, labels: t.labels, networkMode: 'none' }));
    const id = (await t.docker.getImage(tags[0]!).inspect()).Id;
    await actionsFor(t.engine).createContainer(t.spec({ image: id, name: `${t.prefix}alltagsuser` }));
    const seen: string[] = [];
    // a hostile reference in the middle is refused by the engine; the last tag is refused while a container uses the image
    const r = await actionsFor(t.engine).removeImageTags([tags[0]!, 'a;rm -rf /', tags[1]!, tags[2]!], {
      onTag: (tag) => seen.push(tag),
    });
    expect(seen).toEqual([tags[0], 'a;rm -rf /', tags[1], tags[2]]);
    expect(r.removed).toEqual([tags[0], tags[1]]);
    expect(r.failed.map((f) => f.tag)).toEqual(['a;rm -rf /', tags[2]]);
    expect(r.failed[1]!.message).toMatch(/Remove image .*all:c.*(container|must be forced)/);
    expect((await t.docker.getImage(id).inspect()).RepoTags).toEqual([tags[2]]);
  });

  it('removing a multi-tag image by id explains how', async () => {
    const ctx = buildContext({ Dockerfile: `FROM ${testImage}\nLABEL y=2\n` });
    const tag = `${t.prefix}multi:a`;
    await collect(
      actionsFor(t.engine).buildImage({
        contextDir: ctx,
        tags: [tag, `${t.prefix}multi:b`],
        labels: t.labels,
        networkMode: 'none',
      }),
    );
    const id = (await t.docker.getImage(tag).inspect()).Id;
    await expect(actionsFor(t.engine).removeImage(id)).rejects.toThrow(/several tags/);
    await actionsFor(t.engine).removeImage(id, { force: true });
  });

  it('pull without a reachable registry fails clearly; cancel ends quietly', async () => {
    const err = await collect(actionsFor(t.engine).pullImage('localhost:1/stevedore/nothing:latest')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(EngineError);
    expect((err as EngineError).kind).toBe('unreachable');
    expect((err as EngineError).message).toMatch(
      /Pull localhost:1\/stevedore\/nothing:latest failed: the registry is not reachable/,
    );
    const ac = new AbortController();
    ac.abort();
    expect(
      await collect(actionsFor(t.engine).pullImage('localhost:1/stevedore/nothing:latest', { signal: ac.signal })),
    ).toEqual([]);
  });

  it('push to an unreachable registry fails with a clear message', async () => {
    const ctx = buildContext({ Dockerfile: `FROM ${testImage}\nLABEL z=3\n` });
    const tag = `localhost:1/${t.prefix}push:1`;
    await collect(
      actionsFor(t.engine).buildImage({ contextDir: ctx, tags: [tag], labels: t.labels, networkMode: 'none' }),
    );
    await expect(collect(actionsFor(t.engine).pushImage(tag))).rejects.toThrow(
      /Push localhost:1\/.* failed: .*(connection refused|not reachable)/,
    );
  });

  it('push sends the credentials: a registry on this host receives them as Basic auth', async () => {
    // a stand-in registry that only challenges: enough to see what the engine makes of X-Registry-Auth
    const ac = new AbortController();
    const seen: (string | undefined)[] = [];
    const server = createServer((req, res) => {
      seen.push(req.headers.authorization);
      // the engine retries refused uploads with backoff for ~50 s: stop the push once the credentials arrived
      if (req.headers.authorization) ac.abort();
      res.writeHead(401, {
        'WWW-Authenticate': 'Basic realm="stevedore-test"',
        'Docker-Distribution-API-Version': 'registry/2.0',
        'Content-Type': 'application/json',
      });
      res.end(JSON.stringify({ errors: [{ code: 'UNAUTHORIZED', message: 'authentication required' }] }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const port = (server.address() as AddressInfo).port;
      const ctx = buildContext({ Dockerfile: `FROM ${testImage}\nLABEL auth=1\n` });
      const tag = `127.0.0.1:${port}/${t.prefix}auth:1`;
      await collect(
        actionsFor(t.engine).buildImage({ contextDir: ctx, tags: [tag], labels: t.labels, networkMode: 'none' }),
      );
      const auth = { username: 'someone', password: 'pa$$ ;`id`', serveraddress: `127.0.0.1:${port}` };
      await collect(actionsFor(t.engine).pushImage(tag, { auth, signal: ac.signal }));
      expect(seen[0]).toBeUndefined();
      expect(seen).toContain(`Basic ${Buffer.from(`someone:${auth.password}`).toString('base64')}`);
    } finally {
      server.close();
    }
  });

  it('search without internet says so', async () => {
    const err = await actionsFor(t.engine)
      .searchImages('busybox')
      .then(
        () => undefined,
        (e: unknown) => e,
      );
    expect(err).toBeInstanceOf(EngineError);
    // this engine has no route to the internet: the offline case, not any other failure, must be what is reported
    expect((err as EngineError).kind).toBe('unreachable');
    expect((err as EngineError).message).toMatch(
      /^Docker Hub is not reachable from the engine \(.*(no such host|dial tcp|i\/o timeout|connection refused|network is unreachable).*\) — check the engine's network or proxy\.$/,
    );
  }, 60000);
});
