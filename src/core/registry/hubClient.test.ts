// HubClient over real HTTP against a local server that answers with Docker Hub's documented shapes (the `page`
// envelope with absolute `next` links, POST /v2/auth/token → {access_token}, POST /v2/users/login → {token},
// {"message": …} errors). Hub itself is checked, unreachable, in test/integration/registry.hub.test.ts.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { HubClient } from './hubClient';

type Route = (req: IncomingMessage, body: string, res: ServerResponse) => void;
let server: Server;
let base = '';
let routes: Record<string, Route> = {};
let seen: { method: string; url: string; auth?: string; body: string }[] = [];

const json = (res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(typeof value === 'string' ? value : JSON.stringify(value));
};

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      const path = (req.url ?? '').replace(/\?.*$/, '');
      seen.push({ method: req.method ?? '', url: req.url ?? '', auth: req.headers.authorization, body });
      const route = routes[`${req.method} ${path}`];
      if (route) route(req, body, res);
      else json(res, 404, { message: 'not found' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections(); // keep-alive sockets would hold close() for seconds
  await new Promise<void>((r) => server.close(() => r()));
});
beforeEach(() => {
  routes = {};
  seen = [];
});

const repoPage = (names: string[], next: string | null, count = 5) => ({
  count,
  next,
  previous: null,
  results: names.map((name) => ({ name, namespace: 'me', is_private: false, star_count: 1, pull_count: 2 })),
});

describe('Docker Hub client (unit)', () => {
  it('gets a token for the stored user and follows `next` across pages with it', async () => {
    routes['POST /v2/auth/token'] = (_q, body, res) =>
      json(res, JSON.parse(body).secret === 'dckr_pat_x' ? 200 : 401, { access_token: 'jwt-1' });
    routes['GET /v2/namespaces/me/repositories'] = (req, _b, res) =>
      /page=2/.test(req.url ?? '')
        ? json(res, 200, repoPage(['c', 'd', 'e'], null))
        : json(res, 200, repoPage(['a', 'b'], `${base}/v2/namespaces/me/repositories?page=2&page_size=2`));
    const client = new HubClient({ username: 'me', password: 'dckr_pat_x' }, { baseUrl: base });
    const page = await client.repositories('me');
    expect(page.items.map((r) => r.name)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(page.count).toBe(5);
    expect(seen.map((s) => `${s.method} ${s.url.replace(/\?.*/, '')} ${s.auth ?? '-'}`)).toEqual([
      'POST /v2/auth/token -',
      'GET /v2/namespaces/me/repositories Bearer jwt-1',
      'GET /v2/namespaces/me/repositories Bearer jwt-1',
    ]);
    expect(JSON.parse(seen[0]!.body)).toEqual({ identifier: 'me', secret: 'dckr_pat_x' });
    expect(seen[1]!.url).toContain('page_size=100');
  });

  it('stops at the limit, and never follows a `next` on another host (it would get the token)', async () => {
    routes['GET /v2/namespaces/me/repositories'] = (_q, _b, res) =>
      json(res, 200, repoPage(['a', 'b'], 'https://elsewhere.example/v2/steal?page=2', 9));
    const client = new HubClient({}, { baseUrl: base });
    const page = await client.repositories('me');
    expect(page.items.map((r) => r.name)).toEqual(['a', 'b']);
    expect(page.count).toBe(9);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.auth).toBeUndefined();
  });

  it('falls back to /v2/users/login where /v2/auth/token is missing, and renews an expired token once', async () => {
    let issued = 0;
    routes['POST /v2/users/login'] = (_q, _b, res) => json(res, 200, { token: `jwt-${++issued}` });
    routes['GET /v2/namespaces/me/repositories/app/tags'] = (req, _b, res) =>
      req.headers.authorization === 'Bearer jwt-2'
        ? json(res, 200, { count: 1, next: null, results: [{ name: 'latest', full_size: 10 }] })
        : json(res, 401, { message: 'token expired' });
    const client = new HubClient({ username: 'me', password: 'pw' }, { baseUrl: base });
    const page = await client.tags('me/app');
    expect(page.items.map((t) => [t.repository, t.tag, t.size])).toEqual([['me/app', 'latest', 10]]);
    expect(seen.map((s) => s.url.replace(/\?.*/, ''))).toEqual([
      '/v2/auth/token',
      '/v2/users/login',
      '/v2/namespaces/me/repositories/app/tags',
      '/v2/auth/token',
      '/v2/users/login',
      '/v2/namespaces/me/repositories/app/tags',
    ]);
  });

  it.each([
    [
      'refused credentials',
      'POST /v2/auth/token',
      401,
      { message: 'incorrect username or password' },
      {},
      'unauthorized',
      'Docker Hub refused the stored credentials of me (401: incorrect username or password): log in again with a personal access token.',
    ],
    [
      'a private namespace',
      'GET /v2/namespaces/me/repositories',
      403,
      { errinfo: null, message: 'permission denied' },
      {},
      'unauthorized',
      'Docker Hub refused access to the repositories of me (403: permission denied): log in to Docker Hub as a user who may see it.',
    ],
    [
      'an unknown namespace',
      'GET /v2/namespaces/me/repositories',
      404,
      { message: 'object not found' },
      {},
      'notFound',
      'Docker Hub has no the repositories of me (404: object not found).',
    ],
    [
      'the rate limit',
      'GET /v2/namespaces/me/repositories',
      429,
      { message: 'too many requests' },
      { 'Retry-After': '30' },
      'unknown',
      'Docker Hub is limiting requests (429): retry in 30 s.',
    ],
    [
      'a proxy page instead of JSON',
      'GET /v2/namespaces/me/repositories',
      200,
      '<html>login to the proxy</html>',
      {},
      'unknown',
      'Docker Hub answered something other than JSON for the repositories of me.',
    ],
  ])('%s: a %s answer names Hub and the way out', async (_n, route, status, body, headers, kind, text) => {
    routes['POST /v2/auth/token'] = (_q, _b, res) => json(res, 200, { access_token: 'jwt' });
    routes[route] = (_q, _b, res) => json(res, status, body, headers);
    const err = await new HubClient({ username: 'me', password: 'pw' }, { baseUrl: base })
      .repositories('me')
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'RegistryError', kind, registry: 'Docker Hub', message: text });
  });

  it('gives up on a silent server after its time limit, and stops at once when cancelled', async () => {
    const held: ServerResponse[] = [];
    routes['GET /v2/namespaces/me/repositories'] = (_q, _b, res) => void held.push(res);
    const slow = await new HubClient({}, { baseUrl: base, timeoutMs: 300 }).repositories('me').catch((e: unknown) => e);
    expect(slow).toMatchObject({
      kind: 'unreachable',
      message: 'Docker Hub is not reachable (no answer in 0.3 s) — check the network or proxy.',
    });
    const ac = new AbortController();
    const pending = new HubClient({}, { baseUrl: base, signal: ac.signal }).repositories('me').catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    ac.abort();
    expect(await pending).toMatchObject({
      kind: 'cancelled',
      message: 'Docker Hub: cancelled the repositories of me.',
    });
    for (const r of held) r.destroy();
  });
});
