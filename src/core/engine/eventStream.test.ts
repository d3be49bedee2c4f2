// The event stream over node:http (getStream), against a stand-in engine on a unix socket: the versioned path and
// query, events as they arrive, the end of the stream, failures mapped exactly like docker-modem's, and aborts.
import * as http from 'node:http';
import * as path from 'node:path';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/integration/engineFixtures';
import { dockerOf } from './actionsDocker';
import { DockerodeEngine } from './DockerodeEngine';
import { toEngineError } from './errors';
import type { EngineEvent } from './types';

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup.splice(0)) c();
});

/** A stand-in engine speaking API 1.41; `events` answers GET …/events. */
async function engineWith(events: http.RequestListener): Promise<{ engine: DockerodeEngine; paths: string[] }> {
  const dir = tempDir('stv-events-');
  const sock = path.join(dir, 'd.sock');
  const paths: string[] = [];
  const srv = http.createServer((req, res) => {
    paths.push(req.url ?? '');
    res.setHeader('api-version', '1.41');
    if (req.url?.includes('/events')) return events(req, res);
    res.end('OK');
  });
  await new Promise<void>((r) => srv.listen(sock, r));
  const engine = new DockerodeEngine({ host: `unix://${sock}`, source: 'setting', reason: 'test' });
  cleanup.push(() => {
    engine.dispose();
    srv.closeAllConnections();
    srv.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { engine, paths };
}

const event = (action: string, id: string) =>
  JSON.stringify({ Type: 'container', Action: action, Actor: { ID: id, Attributes: { name: id } }, time: 1 }) + '\n';

async function collect(it: AsyncIterable<EngineEvent>, out: EngineEvent[]): Promise<unknown> {
  try {
    for await (const e of it) out.push(e);
    return undefined;
  } catch (e) {
    return e;
  }
}

describe('Engine.events over node:http (unit)', () => {
  it('asks the negotiated version with the query docker-modem built, yields events as they come, ends unreachable', async () => {
    const { engine, paths } = await engineWith((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write(event('start', 'a'));
      setTimeout(() => res.end(event('die', 'a').slice(0, 20) + '\n' + event('stop', 'b')), 20);
    });
    const seen: EngineEvent[] = [];
    const end = await collect(engine.events({ since: 17, filters: { type: ['container'] } }), seen);
    expect(seen.map((e) => `${e.action} ${e.id}`)).toEqual(['start a', 'stop b']);
    expect(end).toMatchObject({ kind: 'unreachable' });
    const query = (dockerOf(engine).modem as unknown as { buildQuerystring(o: object): string }).buildQuerystring({
      since: '17',
      filters: { type: ['container'] },
    });
    expect(paths).toEqual(['/_ping', `/v1.41/events?${query}`]);
  });

  it('a refused stream fails exactly as through docker-modem (same EngineError kind, message, status)', async () => {
    const { engine } = await engineWith((_req, res) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: 'events are off' }));
    });
    const ours = await collect(engine.events(), []);
    const theirs = await new Promise<unknown>((resolve) =>
      (dockerOf(engine).modem as unknown as { dial(o: object, cb: (e: unknown) => void): void }).dial(
        {
          path: '/events?',
          method: 'GET',
          options: {},
          isStream: true,
          statusCodes: { 200: true, 500: 'server error' },
        },
        resolve,
      ),
    );
    const b = toEngineError(theirs, engine.endpoint.host);
    expect(ours).toMatchObject({ kind: b.kind, message: b.message, statusCode: 500 });
  });

  it('returns quietly when aborted before the reply and while it streams', async () => {
    const waiting = await engineWith(() => undefined);
    const early = new AbortController();
    const pending = collect(waiting.engine.events({ signal: early.signal }), []);
    setTimeout(() => early.abort(), 30);
    expect(await pending).toBeUndefined();

    const { engine } = await engineWith((_req, res) => {
      res.writeHead(200);
      res.write(event('start', 'a'));
    });
    const late = new AbortController();
    const seen: EngineEvent[] = [];
    const streaming = collect(
      engine.events({ signal: late.signal, onOpen: () => setTimeout(() => late.abort(), 30) }),
      seen,
    );
    expect(await streaming).toBeUndefined();
    expect(seen.map((e) => e.action)).toEqual(['start']);
  });
});
