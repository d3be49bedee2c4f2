// Plain GETs straight over the transport, against a stand-in engine on a unix socket: replies, failures mapped
// exactly like docker-modem's, the deadline, cancellation, and the query string the modem would have built.
import * as http from 'node:http';
import * as path from 'node:path';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/integration/engineFixtures';
import { DockerodeEngine } from './DockerodeEngine';
import { dockerOf } from './actionsDocker';
import { toEngineError } from './errors';
import { Deadlines, engineQuery, getJson, httpTarget, RequestTimeout } from './request';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup.splice(0)) c();
});

type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

async function server(handler: Handler): Promise<{ sock: string; paths: string[] }> {
  const dir = tempDir('stv-req-');
  const sock = path.join(dir, 'd.sock');
  const paths: string[] = [];
  const srv = http.createServer((req, res) => {
    paths.push(req.url ?? '');
    handler(req, res);
  });
  await new Promise<void>((r) => srv.listen(sock, r));
  cleanup.push(() => {
    srv.closeAllConnections();
    srv.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { sock, paths };
}

const json =
  (status: number, body: unknown): Handler =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };

/** The same GET through docker-modem (what the engine module used before), for comparing failures. */
function viaModem(engine: DockerodeEngine, p: string): Promise<unknown> {
  const modem = dockerOf(engine).modem as unknown as {
    dial(o: object, cb: (err: unknown, data: unknown) => void): void;
  };
  return new Promise((resolve, reject) =>
    modem.dial(
      {
        path: p,
        method: 'GET',
        options: {},
        statusCodes: { 200: true, 400: 'bad request', 404: 'not found', 409: 'conflict', 500: 'server error' },
      },
      (err, data) => (err ? reject(err) : resolve(data)),
    ),
  );
}

describe('getJson (unit)', () => {
  const target = (socketPath: string) => httpTarget({ socketPath });

  it('parses a JSON reply; a reply that is not JSON comes back as text', async () => {
    const { sock } = await server((req, res) =>
      req.url === '/_ping' ? res.end('OK') : json(200, [{ Id: 'a' }])(req, res),
    );
    const t = target(sock);
    expect(await getJson(t, '/containers/json?all=true', 5000)).toEqual([{ Id: 'a' }]);
    expect(await getJson(t, '/_ping', 5000)).toBe('OK');
  });

  it.each([
    [404, { message: 'No such container: x' }],
    [409, { message: 'Conflict. The container name "/a" is already in use' }],
    [400, { message: 'client version 1.47 is too new. Maximum supported API version is 1.41' }],
    [500, { message: 'driver failed' }],
    [500, 'plain text failure'],
  ])('HTTP %s fails exactly as docker-modem did (same EngineError kind, message, status)', async (status, body) => {
    const { sock } = await server(
      typeof body === 'string'
        ? (_q, res) => {
            res.writeHead(status);
            res.end(body);
          }
        : json(status, body),
    );
    const engine = new DockerodeEngine({ host: `unix://${sock}`, source: 'setting', reason: 'test' });
    cleanup.push(() => engine.dispose());
    const ours = await getJson(target(sock), '/x', 5000).catch((e: unknown) => e);
    const theirs = await viaModem(engine, '/x').catch((e: unknown) => e);
    const a = toEngineError(ours, 'unix://s');
    const b = toEngineError(theirs, 'unix://s');
    expect({ kind: a.kind, message: a.message, statusCode: a.statusCode }).toEqual({
      kind: b.kind,
      message: b.message,
      statusCode: b.statusCode,
    });
    expect(a.statusCode).toBe(status);
  });

  it('reads a large reply arriving in pieces, chunked or sized, and hands over its headers', async () => {
    const items = Array.from({ length: 3000 }, (_, i) => ({
      Id: `c${i}`,
      Names: [`/name-${i}`],
      Labels: { 'com.example': 'x'.repeat(i % 50) },
    }));
    const text = JSON.stringify(items);
    const { sock } = await server((req, res) => {
      res.setHeader('api-version', '1.41');
      if (req.url === '/sized') res.setHeader('content-length', Buffer.byteLength(text));
      const pieces = [text.slice(0, 10), text.slice(10, 70_000), text.slice(70_000, 200_000), text.slice(200_000)];
      const next = () => {
        const p = pieces.shift();
        if (p === undefined) res.end();
        else {
          res.write(p);
          setImmediate(next);
        }
      };
      next();
    });
    for (const path of ['/chunked', '/sized']) {
      const headers: Record<string, unknown>[] = [];
      expect(await getJson(target(sock), path, 5000, undefined, undefined, (h) => headers.push(h))).toEqual(items);
      expect(headers.map((h) => h['api-version'])).toEqual(['1.41']);
    }
  });

  it('an empty reply (204) is an empty text', async () => {
    const { sock } = await server((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    expect(await getJson(target(sock), '/x', 5000)).toBe('');
  });

  it('a reply cut short and a missing socket map to unreachable', async () => {
    const { sock } = await server((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
      res.write('[{"Id":');
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const cut = await getJson(target(sock), '/x', 5000).catch((e: unknown) => e);
    expect(toEngineError(cut, 'unix://s')).toMatchObject({
      kind: 'unreachable',
      message: expect.stringMatching(/was closed/),
    });
    const none = await getJson(target(`${sock}.missing`), '/x', 5000).catch((e: unknown) => e);
    expect(toEngineError(none, 'unix://s')).toMatchObject({
      kind: 'unreachable',
      message: expect.stringMatching(/no Docker engine at unix:\/\/s/),
    });
  });

  it('no reply within the deadline: RequestTimeout, which the engine reports as a timeout', async () => {
    const { sock } = await server(() => {
      /* never answers */
    });
    const err = await getJson(target(sock), '/x', 300).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestTimeout);
    const engine = new DockerodeEngine(
      { host: `unix://${sock}`, source: 'setting', reason: 'test' },
      { timeoutMs: 300 },
    );
    cleanup.push(() => engine.dispose());
    await expect(engine.ping()).rejects.toMatchObject({
      kind: 'timeout',
      message: expect.stringMatching(/did not answer within/),
    });
  });

  it('an aborted signal cancels the request (before and during)', async () => {
    const { sock, paths } = await server(() => {
      /* never answers */
    });
    const t = target(sock);
    const before = await getJson(t, '/x', 5000, AbortSignal.abort()).catch((e: unknown) => e);
    expect(toEngineError(before, 'unix://s')).toMatchObject({
      kind: 'timeout',
      message: expect.stringMatching(/^cancelled/),
    });
    expect(paths).toEqual([]);
    const ac = new AbortController();
    const during = getJson(t, '/x', 5000, ac.signal).catch((e: unknown) => e);
    setTimeout(() => ac.abort(), 50);
    expect(toEngineError(await during, 'unix://s')).toMatchObject({
      kind: 'timeout',
      message: expect.stringMatching(/^cancelled/),
    });
  });
});

describe('Deadlines (unit)', () => {
  it('expires only what is due, and its timer stops once nothing is pending', async () => {
    const d = new Deadlines(10);
    const fired: string[] = [];
    const soon = { at: Date.now() + 20, expire: () => fired.push('soon') };
    const late = { at: Date.now() + 60_000, expire: () => fired.push('late') };
    const settled = { at: Date.now() + 20, expire: () => fired.push('settled') };
    d.add(soon);
    d.add(late);
    d.add(settled);
    d.delete(settled);
    await new Promise((r) => setTimeout(r, 80));
    expect(fired).toEqual(['soon']);
    d.delete(late);
    await new Promise((r) => setTimeout(r, 40));
    expect((d as unknown as { timer: unknown }).timer).toBeUndefined();
  });
});

describe('engineQuery (unit)', () => {
  const modem = new DockerodeEngine({ host: 'unix:///nowhere.sock', source: 'setting', reason: 'test' });
  const buildQuerystring = (q: object) =>
    (dockerOf(modem).modem as unknown as { buildQuerystring(o: object): string }).buildQuerystring(q);
  it.each([
    [{ all: true }],
    [{ all: true, filters: { id: ['a', 'b'], label: ['x=y z'] } }],
    [{ since: '17', filters: { type: ['container'] } }],
    [{ size: true }],
    [{ tags: ['a:b', 'c&d'] }],
  ])('%j is what docker-modem would send', (q) => {
    expect(engineQuery(q)).toBe(`?${buildQuerystring(q)}`);
  });

  it('drops undefined values; nothing left is no query at all', () => {
    expect(engineQuery({ all: true, filters: undefined })).toBe('?all=true');
    expect(engineQuery({ filters: undefined })).toBe('');
    expect(engineQuery(undefined)).toBe('');
  });
});

describe('DockerodeEngine requests (unit)', () => {
  it('lists never ask for sizes; an inspect for the size does', async () => {
    const { sock, paths } = await server((req, res) => {
      res.setHeader('api-version', '1.41');
      if (req.url?.includes('/containers/json')) return json(200, [])(req, res);
      const sized = req.url?.endsWith('?size=true') ? { SizeRw: 12, SizeRootFs: 3400 } : {};
      json(200, { Id: 'abc', Name: '/c', State: { Status: 'running' }, ...sized })(req, res);
    });
    const engine = new DockerodeEngine({ host: `unix://${sock}`, source: 'setting', reason: 'test' });
    cleanup.push(() => engine.dispose());
    await engine.listContainers({ all: true });
    await engine.listContainers({ all: true, filters: { id: ['abc'] } });
    expect((await engine.inspectContainer('abc')).size).toBeUndefined();
    expect((await engine.inspectContainer('abc', { size: true })).size).toEqual({ rw: 12, rootFs: 3400 });
    expect(paths).toEqual([
      '/containers/json?all=true',
      `/v1.41/containers/json?all=true&filters=${encodeURIComponent('{"id":["abc"]}')}`,
      '/v1.41/containers/abc/json',
      '/v1.41/containers/abc/json?size=true',
    ]);
  });
});
