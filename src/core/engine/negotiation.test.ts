// API version negotiation against engines we cannot run here (too old, newer than us, without /_ping's API-Version
// header). The real 1.41 engine is covered by test/integration/engine.test.ts; this only stands in for /_ping and
// /version and records the paths asked for.
import * as http from 'node:http';
import * as path from 'node:path';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/integration/engineFixtures';
import { DockerodeEngine } from './DockerodeEngine';
import { dockerOf } from './actionsDocker';

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

async function engineSpeaking(
  api: string,
  min?: string,
  withHeader = true,
): Promise<{ engine: DockerodeEngine; paths: string[] }> {
  const dir = tempDir('stv-neg-');
  const sock = path.join(dir, 'd.sock');
  const paths: string[] = [];
  const srv = http.createServer((req, res) => {
    paths.push(req.url ?? '');
    // like Docker: every reply names the engine's API version
    if (withHeader) res.setHeader('api-version', api);
    if (req.url === '/_ping') return res.end('OK');
    if (req.url === '/containers/gone/json') {
      res.statusCode = 404;
      return res.end(JSON.stringify({ message: 'No such container: gone' }));
    }
    res.setHeader('content-type', 'application/json');
    if (req.url?.endsWith('/version'))
      return res.end(JSON.stringify({ Version: 'x', ApiVersion: api, MinAPIVersion: min, Os: 'linux', Arch: 'amd64' }));
    res.end('[]');
  });
  await new Promise<void>((r) => srv.listen(sock, r));
  const engine = new DockerodeEngine({ host: `unix://${sock}`, source: 'setting', reason: 'test' });
  cleanup.push(() => {
    engine.dispose();
    srv.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { engine, paths };
}

describe('API version negotiation (unit)', () => {
  it.each([
    // the first read is its own probe: its reply stands when the engine's version is ours to speak
    ['1.41', '1.12', ['/networks'], '/v1.41/'],
    ['1.24', '1.12', ['/networks'], '/v1.24/'],
    // newer than us: /version says which version to speak, and the read is made again in it
    ['1.52', '1.24', ['/networks', '/version', '/v1.47/networks'], '/v1.47/'],
    ['1.55', '1.50', ['/networks', '/version', '/v1.50/networks'], '/v1.50/'],
  ])('engine API %s (min %s) → first %j, then requests go to %s', async (api, min, first, prefix) => {
    const { engine, paths } = await engineSpeaking(api, min);
    await engine.listNetworks();
    expect(paths).toEqual(first);
    await engine.listVolumes();
    expect(paths.slice(first.length)).toEqual([`${prefix}volumes`]);
  });

  it('first reads made together all stand, and pin the version once', async () => {
    const { engine, paths } = await engineSpeaking('1.41', '1.12');
    await Promise.all([engine.listNetworks(), engine.listVolumes(), engine.listImages()]);
    expect([...paths].sort()).toEqual(['/images/json?all=false', '/networks', '/volumes']);
    expect(await engine.apiVersion()).toBe('1.41');
    expect(paths).toHaveLength(3);
  });

  it("a first read that the engine refuses is the engine's answer (no second try)", async () => {
    const { engine, paths } = await engineSpeaking('1.41', '1.12');
    await expect(engine.inspectContainer('gone')).rejects.toMatchObject({ kind: 'notFound' });
    expect(paths).toEqual(['/containers/gone/json']);
  });

  it('an engine whose replies have no API-Version header is asked /version', async () => {
    const { engine, paths } = await engineSpeaking('1.30', '1.12', false);
    await engine.listNetworks();
    expect(paths).toEqual(['/networks', '/version', '/v1.30/networks']);
  });

  it("no engine there: the read fails with the connection's error, once", async () => {
    const engine = new DockerodeEngine({
      host: `unix://${path.join(tempDir('stv-neg-'), 'none.sock')}`,
      source: 'setting',
      reason: 'test',
    });
    cleanup.push(() => engine.dispose());
    await expect(engine.listNetworks()).rejects.toMatchObject({ kind: 'unreachable' });
  });

  it('version() always asks /version, and pins the API it reports', async () => {
    const { engine, paths } = await engineSpeaking('1.41', '1.12');
    expect(await engine.version()).toMatchObject({ apiVersion: '1.41', arch: 'amd64' });
    await engine.listNetworks();
    expect(paths).toEqual(['/version', '/v1.41/networks']);
  });

  it('the dockerode client (made on first use, for actions and streams) speaks the negotiated version too', async () => {
    const late = await engineSpeaking('1.52', '1.24');
    await late.engine.listNetworks();
    expect((dockerOf(late.engine).modem as unknown as { version?: string }).version).toBe('v1.47');
    const early = await engineSpeaking('1.41', '1.12');
    const modem = dockerOf(early.engine).modem as unknown as { version?: string };
    expect(modem.version).toBeUndefined();
    expect(await early.engine.apiVersion()).toBe('1.41');
    expect(modem.version).toBe('v1.41');
  });

  it('an engine older than API 1.24 is refused with a message saying so', async () => {
    const { engine } = await engineSpeaking('1.20');
    await expect(engine.listContainers()).rejects.toMatchObject({
      kind: 'tooOld',
      message: expect.stringMatching(/speaks API 1\.20 .*needs API 1\.24 \(Docker 1\.12\) or newer/),
    });
  });
});
