// Docker Hub through the real network stack of this machine — no stand-in server. Where hub.docker.com does not
// resolve (this harness has no internet), every path must say so plainly, quickly and once: the Hub API client,
// the rows of the Registries view with stored credentials, and the search as you type through the engine. Where
// it resolves, the same calls must list Docker's own public repositories instead.
import { lookup } from 'node:dns/promises';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveCredentials } from '../../src/core/commands/credentials';
import { actionsFor } from '../../src/core/engine/actions';
import { HubClient } from '../../src/core/registry/hubClient';
import { hubChildren } from '../../src/core/registry/hubNodes';
import { LiveSearch, type SearchState } from '../../src/core/registry/hubSearch';
import { nodeLabel } from '../../src/core/registry/registryNodes';
import { RegistryError } from '../../src/core/registry/v2Client';
import { setupEnv, type TestEnv } from './commandsHelpers';

let t: TestEnv;
let config: string;
/** how hub.docker.com fails to resolve here ("getaddrinfo ENOTFOUND hub.docker.com"); undefined: it resolves */
let dnsFailure: string | undefined;
beforeAll(async () => {
  t = await setupEnv();
  config = mkdtempSync(join(tmpdir(), 'sdhub-docker-config-'));
  dnsFailure = await lookup('hub.docker.com').then(
    () => undefined,
    (e: NodeJS.ErrnoException) => `getaddrinfo ${e.code} hub.docker.com`,
  );
});
afterAll(async () => {
  await t.cleanup();
  rmSync(config, { recursive: true, force: true });
});

const failureOf = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe('Docker Hub over the network (integration)', () => {
  it('the API client names Hub, the cause and the way out when Hub does not resolve', async () => {
    const client = new HubClient();
    if (!dnsFailure) {
      const page = await client.repositories('docker', 5);
      expect(page.items.length).toBeGreaterThan(0);
      return;
    }
    const err = await failureOf(client.repositories('library'));
    expect(err).toBeInstanceOf(RegistryError);
    expect(err).toMatchObject({
      kind: 'unreachable',
      registry: 'Docker Hub',
      message: `Docker Hub is not reachable (${dnsFailure}) — check the network or proxy.`,
    });
  });

  it('with credentials stored as the docker CLI stores them, the view shows the cause once and Retry', async () => {
    const auth = Buffer.from('someone:dckr_pat_not-a-real-token').toString('base64');
    writeFileSync(join(config, 'config.json'), JSON.stringify({ auths: { 'https://index.docker.io/v1/': { auth } } }));
    const creds = await resolveCredentials('docker.io/someone/app', { env: { ...process.env, DOCKER_CONFIG: config } });
    expect(creds).toMatchObject({ username: 'someone', password: 'dckr_pat_not-a-real-token' });
    const client = new HubClient({ username: creds?.username, password: creds?.password });
    const rows = (await hubChildren(client, { namespaces: ['library', 'docker'] })).map((n) =>
      n.kind === 'registryMessage' ? n.text : nodeLabel(n).label,
    );
    if (!dnsFailure) {
      // the made-up token is refused; the public namespaces still could not be listed with it: one refusal row
      expect(rows[0]).toMatch(/^Docker Hub refused the stored credentials of someone/);
      return;
    }
    // three namespaces (the user's and two named) failing alike: one row, not three
    expect(rows).toEqual([
      `Docker Hub is not reachable (${dnsFailure}) — check the network or proxy.`,
      'Retry',
      'Search Docker Hub…',
    ]);
  });

  it('an address that never answers ends at the time limit; cancelling ends at once', async () => {
    // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): never routed, so the connection either hangs or is refused locally
    const blackhole = { baseUrl: 'https://192.0.2.1' };
    const slow = await failureOf(new HubClient({}, { ...blackhole, timeoutMs: 1500 }).repositories('library'));
    expect(slow).toMatchObject({ kind: 'unreachable' });
    expect((slow as Error).message).toMatch(
      /^Docker Hub is not reachable \((no answer in 1\.5 s|connect E(NETUNREACH|HOSTUNREACH|CONNREFUSED) 192\.0\.2\.1:443)\) — check the network or proxy\.$/,
    );
    const ac = new AbortController();
    const pending = failureOf(
      new HubClient({}, { ...blackhole, signal: ac.signal, timeoutMs: 60_000 }).tags('busybox'),
    );
    setTimeout(() => ac.abort(), 200);
    expect(await pending).toMatchObject({ kind: expect.stringMatching(/^(cancelled|unreachable)$/) });
  });

  it('searching as you type through the engine reports one failure for the last term, plainly', async () => {
    const states: SearchState<unknown>[] = [];
    const asked: string[] = [];
    const done = new Promise<void>((resolve) => {
      const live = new LiveSearch(
        (term, signal) => {
          asked.push(term);
          return actionsFor(t.engine).searchImages(term, 5, signal);
        },
        (s) => {
          states.push(s);
          if (s.state === 'failed' || s.state === 'done') resolve();
        },
        { debounceMs: 50, timeoutMs: 30_000 },
      );
      for (const v of ['bu', 'bus', 'busybox']) live.update(v);
    });
    await done;
    expect(asked).toEqual(['busybox']);
    const last = states.at(-1);
    if (last?.state === 'done') return; // the engine reached Hub: nothing more to check offline
    expect(last).toMatchObject({ state: 'failed', term: 'busybox' });
    const error = (last as { error: Error }).error;
    expect(error).toMatchObject({ kind: 'unreachable' });
    expect(error.message).toMatch(
      /^Docker Hub is not reachable from the engine \((lookup index\.docker\.io: no such host|.*(dial tcp|i\/o timeout|connection refused|network is unreachable).*)\) — check the engine's network or proxy\.$/,
    );
  });
});
