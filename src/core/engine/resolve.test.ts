import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import * as net from 'node:net';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePki, tempDir, writeDockerConfig, certPathDir, type Pki } from '../../../test/integration/engineFixtures';
import { EngineError } from './errors';
import { listContexts, resolveEndpoint, syncFs } from './resolve';

const dirs: string[] = [];
const temp = (p: string): string => {
  const d = tempDir(p);
  dirs.push(d);
  return d;
};
let pki: Pki;
let cfg: string;
const noSock = '/nonexistent/docker.sock';

beforeAll(() => {
  pki = makePki(temp('stv-pki-'));
  cfg = writeDockerConfig(
    temp('stv-cfg-'),
    [
      { name: 'remote-tls', host: 'tcp://10.1.2.3:2376', description: 'TLS box', pki },
      { name: 'skip', host: 'tcp://10.1.2.4:2376', skipTlsVerify: true },
      { name: 'plain', host: 'tcp://10.1.2.5:2375' },
      { name: 'over-ssh', host: 'ssh://deploy@build.example:2222' },
    ],
    'remote-tls',
  );
});
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('resolveEndpoint (unit)', () => {
  it('uses the current context from config.json with its TLS material', async () => {
    const ep = await resolveEndpoint({ env: {}, configDir: cfg, defaultSocket: noSock });
    expect(ep).toMatchObject({ host: 'tcp://10.1.2.3:2376', source: 'config', context: 'remote-tls' });
    expect(ep.tls?.verify).toBe(true);
    expect(ep.tls?.ca).toBe(readFileSync(pki.ca, 'utf8'));
    expect(ep.tls?.cert).toContain('BEGIN CERTIFICATE');
    expect(ep.tls?.key).toContain('PRIVATE KEY');
  });

  it('DOCKER_CONFIG points at the config dir when configDir is not given', async () => {
    const ep = await resolveEndpoint({ env: { DOCKER_CONFIG: cfg }, defaultSocket: noSock });
    expect(ep.context).toBe('remote-tls');
  });

  it('DOCKER_CONTEXT beats config.json; SkipTLSVerify turns verification off', async () => {
    const ep = await resolveEndpoint({ env: { DOCKER_CONTEXT: 'skip' }, configDir: cfg, defaultSocket: noSock });
    expect(ep).toMatchObject({
      host: 'tcp://10.1.2.4:2376',
      source: 'DOCKER_CONTEXT',
      context: 'skip',
      tls: { verify: false },
    });
  });

  it('a tcp context without TLS material is plain tcp', async () => {
    const ep = await resolveEndpoint({ env: { DOCKER_CONTEXT: 'plain' }, configDir: cfg });
    expect(ep.host).toBe('tcp://10.1.2.5:2375');
    expect(ep.tls).toBeUndefined();
  });

  it('an ssh context resolves to its ssh:// URL', async () => {
    const ep = await resolveEndpoint({ env: { DOCKER_CONTEXT: 'over-ssh' }, configDir: cfg });
    expect(ep).toMatchObject({
      host: 'ssh://deploy@build.example:2222',
      context: 'over-ssh',
      source: 'DOCKER_CONTEXT',
    });
  });

  it('DOCKER_HOST beats DOCKER_CONTEXT and the current context', async () => {
    const ep = await resolveEndpoint({
      env: { DOCKER_HOST: 'unix:///tmp/x.sock', DOCKER_CONTEXT: 'skip' },
      configDir: cfg,
    });
    expect(ep).toMatchObject({ host: 'unix:///tmp/x.sock', source: 'DOCKER_HOST' });
  });

  it('bare host:port in DOCKER_HOST means tcp; DOCKER_TLS_VERIFY + DOCKER_CERT_PATH give verified TLS', async () => {
    const certs = certPathDir(pki, temp('stv-certs-'));
    const ep = await resolveEndpoint({
      env: { DOCKER_HOST: '127.0.0.1:2376', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certs },
      configDir: cfg,
    });
    expect(ep.host).toBe('tcp://127.0.0.1:2376');
    expect(ep.tls).toMatchObject({ verify: true, dir: certs });
    expect(ep.tls?.ca).toBe(readFileSync(pki.ca, 'utf8'));
  });

  it('DOCKER_TLS without DOCKER_TLS_VERIFY is TLS without verification; no TLS env means plain tcp', async () => {
    const certs = certPathDir(pki, temp('stv-certs-'));
    const tls = await resolveEndpoint({
      env: { DOCKER_HOST: 'tcp://h:2376', DOCKER_TLS: '1', DOCKER_CERT_PATH: certs },
    });
    expect(tls.tls?.verify).toBe(false);
    const plain = await resolveEndpoint({ env: { DOCKER_HOST: 'tcp://h:2376', DOCKER_CERT_PATH: certs } });
    expect(plain.tls).toBeUndefined();
  });

  it('the explicit setting beats everything; a window context beats DOCKER_HOST', async () => {
    const env = { DOCKER_HOST: 'unix:///tmp/x.sock', DOCKER_CONTEXT: 'skip' };
    expect(await resolveEndpoint({ setting: 'tcp://s:2375', context: 'plain', env, configDir: cfg })).toMatchObject({
      host: 'tcp://s:2375',
      source: 'setting',
    });
    expect(await resolveEndpoint({ context: 'plain', env, configDir: cfg })).toMatchObject({
      host: 'tcp://10.1.2.5:2375',
      source: 'context',
      context: 'plain',
    });
  });

  it('a missing context name is a clear error naming the context and where it looked', async () => {
    const p = resolveEndpoint({ env: { DOCKER_CONTEXT: 'nope' }, configDir: cfg });
    await expect(p).rejects.toBeInstanceOf(EngineError);
    await expect(p).rejects.toMatchObject({ kind: 'notFound' });
    await expect(p).rejects.toThrow(/Docker context 'nope' .*does not exist.*docker context ls/);
  });

  it('a current context that is missing on disk is an error too (not a silent fallback)', async () => {
    const broken = writeDockerConfig(temp('stv-cfg-'), [], 'gone');
    await expect(resolveEndpoint({ env: {}, configDir: broken })).rejects.toThrow(/context 'gone'/);
  });

  it("context 'default' (or none) is the platform default socket", async () => {
    const empty = writeDockerConfig(temp('stv-cfg-'), []);
    const sockDir = temp('stv-sock-');
    const sock = path.join(sockDir, 'docker.sock');
    const srv = net.createServer().listen(sock);
    await new Promise((r) => srv.once('listening', r));
    try {
      expect(await resolveEndpoint({ env: {}, configDir: empty, defaultSocket: sock })).toMatchObject({
        host: `unix://${sock}`,
        source: 'default',
      });
      expect(
        await resolveEndpoint({ env: { DOCKER_CONTEXT: 'default' }, configDir: empty, defaultSocket: sock }),
      ).toMatchObject({ host: `unix://${sock}`, context: 'default' });
    } finally {
      srv.close();
    }
  });

  it("falls back to Podman's socket in XDG_RUNTIME_DIR when Docker's socket is absent", async () => {
    const empty = writeDockerConfig(temp('stv-cfg-'), []);
    const runtime = temp('stv-xdg-');
    mkdirSync(path.join(runtime, 'podman'));
    const sock = path.join(runtime, 'podman', 'podman.sock');
    const srv = net.createServer().listen(sock);
    await new Promise((r) => srv.once('listening', r));
    try {
      const ep = await resolveEndpoint({ env: { XDG_RUNTIME_DIR: runtime }, configDir: empty, defaultSocket: noSock });
      expect(ep).toMatchObject({ host: `unix://${sock}`, source: 'podman' });
      expect(ep.reason).toMatch(/Podman/);
    } finally {
      srv.close();
    }
    // no Podman socket either: report Docker's default, which then fails with the clear message
    const none = await resolveEndpoint({ env: { XDG_RUNTIME_DIR: runtime }, configDir: empty, defaultSocket: noSock });
    expect(none).toMatchObject({ host: `unix://${noSock}`, source: 'default' });
  });

  it('Windows uses the named pipe', async () => {
    const empty = writeDockerConfig(temp('stv-cfg-'), []);
    expect((await resolveEndpoint({ env: {}, configDir: empty, platform: 'win32' })).host).toBe(
      'npipe:////./pipe/docker_engine',
    );
  });
});

describe('resolveEndpoint with synchronous reads (unit)', () => {
  it('gives the same endpoints and the same errors as with the default reads', async () => {
    const empty = writeDockerConfig(temp('stv-cfg-'), []);
    const broken = writeDockerConfig(temp('stv-cfg-'), [], 'gone');
    const cases: Parameters<typeof resolveEndpoint>[0][] = [
      { env: {}, configDir: cfg, defaultSocket: noSock },
      { env: { DOCKER_CONTEXT: 'skip' }, configDir: cfg },
      { env: { DOCKER_CONTEXT: 'over-ssh' }, configDir: cfg },
      {
        env: {
          DOCKER_HOST: '10.0.0.1:2376',
          DOCKER_TLS_VERIFY: '1',
          DOCKER_CERT_PATH: certPathDir(pki, temp('stv-certs-')),
        },
      },
      { env: {}, configDir: empty, defaultSocket: noSock },
      { env: { DOCKER_CONTEXT: 'nope' }, configDir: cfg },
      { env: {}, configDir: broken },
    ];
    const outcome = (p: Promise<unknown>) =>
      p.then(
        (v) => ({ v }),
        (e: unknown) => ({ e: String(e) }),
      );
    for (const c of cases) {
      const sync = await outcome(resolveEndpoint({ ...c, fs: syncFs }));
      expect(sync, JSON.stringify(c)).toEqual(await outcome(resolveEndpoint(c)));
    }
    expect(await listContexts({ env: {}, configDir: cfg, fs: syncFs })).toEqual(
      await listContexts({ env: {}, configDir: cfg }),
    );
  });
});

describe('listContexts (unit)', () => {
  it('lists default plus every context, sorted, marking the current one; never writes config.json', async () => {
    const before = readFileSync(path.join(cfg, 'config.json'), 'utf8');
    const list = await listContexts({ env: {}, configDir: cfg, defaultSocket: noSock });
    expect(list.map((c) => c.name)).toEqual(['default', 'over-ssh', 'plain', 'remote-tls', 'skip']);
    expect(list.filter((c) => c.current).map((c) => c.name)).toEqual(['remote-tls']);
    expect(list.find((c) => c.name === 'remote-tls')).toMatchObject({
      hasTls: true,
      description: 'TLS box',
      host: 'tcp://10.1.2.3:2376',
    });
    expect(list.find((c) => c.name === 'skip')).toMatchObject({ skipTlsVerify: true, hasTls: true });
    expect(readFileSync(path.join(cfg, 'config.json'), 'utf8')).toBe(before);
  });

  it('DOCKER_CONTEXT marks the current one; no contexts dir means just default', async () => {
    const list = await listContexts({ env: { DOCKER_CONTEXT: 'plain' }, configDir: cfg });
    expect(list.find((c) => c.current)?.name).toBe('plain');
    const withHost = await listContexts({ env: { DOCKER_CONTEXT: 'plain', DOCKER_HOST: 'tcp://h:1' }, configDir: cfg });
    expect(withHost.filter((c) => c.current).map((c) => [c.name, c.host])).toEqual([['default', 'tcp://h:1']]);
    const none = await listContexts({ env: { DOCKER_HOST: 'tcp://h:1' }, configDir: temp('stv-empty-') });
    expect(none).toEqual([expect.objectContaining({ name: 'default', host: 'tcp://h:1', current: true })]);
  });
});

describe('resolveEndpoint with an unreadable config (unit)', () => {
  it('says which configuration it could not read', async () => {
    const dir = temp('stv-cfg-');
    mkdirSync(path.join(dir, 'config.json')); // a directory where the file should be: EISDIR on read
    await expect(resolveEndpoint({ env: {}, configDir: dir })).rejects.toMatchObject({
      kind: 'unknown',
      message: expect.stringMatching(/^cannot read the Docker CLI configuration in .*EISDIR/),
    });
  });
});
