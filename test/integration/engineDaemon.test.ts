// Against a private dockerd (own socket, data-root, exec-root, pidfile) that the test may stop and start,
// listening also on tcp with --tlsverify: the event stream reconnects, and tcp+TLS contexts connect for real.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEngine,
  createEngineMonitor,
  resolveEndpoint,
  type EngineEvent,
  type EngineHealth,
  type EngineMonitor,
} from '../../src/core/engine/index';
import { certPathDir, freePort, makePki, tempDir, writeDockerConfig, type Pki } from './engineFixtures';
import { PrivateDockerd } from './privateDockerd';

let daemon: PrivateDockerd;
let pki: Pki;
let port: number;
const scratch: string[] = [];

beforeAll(async () => {
  pki = makePki(tempDir('stv-pki-'));
  scratch.push(pki.dir);
  port = await freePort();
  daemon = new PrivateDockerd(tempDir('stv-dd-'), { pki, port });
  await daemon.start();
}, 90_000);

afterAll(async () => {
  await daemon?.destroy();
  for (const d of scratch) execFileSync('rm', ['-rf', d]);
}, 60_000);

const privateDocker = (...args: string[]): string =>
  execFileSync('docker', ['-H', daemon.host, ...args], { encoding: 'utf8' }).trim();

function waitFor(m: EngineMonitor, state: EngineHealth['state'], timeoutMs = 30_000): Promise<EngineHealth> {
  return new Promise((resolve, reject) => {
    if (m.health.state === state) return resolve(m.health);
    const t = setTimeout(() => {
      sub.dispose();
      reject(new Error(`monitor stayed ${JSON.stringify(m.health)}; wanted ${state}`));
    }, timeoutMs);
    const sub = m.onHealth((h) => {
      if (h.state === state) {
        clearTimeout(t);
        sub.dispose();
        resolve(h);
      }
    });
  });
}

describe('tcp + TLS endpoints against a private dockerd --tlsverify (integration)', () => {
  it('a context with TLS material from a temp DOCKER_CONFIG connects and verifies the server', async () => {
    const cfg = writeDockerConfig(
      tempDir('stv-cfg-'),
      [{ name: 'private-tls', host: `tcp://127.0.0.1:${port}`, pki }],
      'private-tls',
    );
    scratch.push(cfg);
    const ep = await resolveEndpoint({ env: { DOCKER_CONFIG: cfg } });
    expect(ep).toMatchObject({ source: 'config', context: 'private-tls', tls: { verify: true } });
    const engine = createEngine(ep);
    try {
      const v = await engine.version();
      expect(v.apiVersion).toMatch(/^1\./);
      expect(await engine.listVolumes()).toEqual([]);
    } finally {
      engine.dispose();
    }
  });

  it('DOCKER_HOST + DOCKER_TLS_VERIFY + DOCKER_CERT_PATH connect the same way', async () => {
    const certs = certPathDir(pki, tempDir('stv-certs-'));
    scratch.push(certs);
    const engine = createEngine(
      await resolveEndpoint({
        env: { DOCKER_HOST: `tcp://127.0.0.1:${port}`, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certs },
      }),
    );
    try {
      expect((await engine.info()).serverVersion).toMatch(/\d/);
    } finally {
      engine.dispose();
    }
  });

  it('a wrong CA is a TLS error that says what to check', async () => {
    const other = makePki(tempDir('stv-pki-other-'));
    scratch.push(other.dir);
    const certs = certPathDir(pki, tempDir('stv-certs-'));
    scratch.push(certs);
    writeFileSync(path.join(certs, 'ca.pem'), readFileSync(other.ca));
    const engine = createEngine(
      await resolveEndpoint({
        env: { DOCKER_HOST: `tcp://127.0.0.1:${port}`, DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: certs },
      }),
    );
    try {
      await expect(engine.version()).rejects.toMatchObject({
        kind: 'tls',
        message: expect.stringMatching(
          /TLS connection to the Docker engine at tcp:\/\/127\.0\.0\.1:\d+ failed: .*check the CA, certificate and key/,
        ),
      });
    } finally {
      engine.dispose();
    }
  });

  it('plain http to the TLS port says the engine expects TLS', async () => {
    const engine = createEngine(await resolveEndpoint({ env: { DOCKER_HOST: `tcp://127.0.0.1:${port}` } }));
    try {
      await expect(engine.version()).rejects.toMatchObject({
        kind: 'tls',
        message: expect.stringMatching(/expects TLS; set DOCKER_TLS_VERIFY=1/),
      });
    } finally {
      engine.dispose();
    }
  });
});

describe('event stream reconnect after the engine goes away (integration)', () => {
  it('reports unreachable with the clear reason when dockerd stops, reconnects when it is back, and streams again', async () => {
    const engine = createEngine(await resolveEndpoint({ env: { DOCKER_HOST: daemon.host } }));
    const m = createEngineMonitor(engine, { initialBackoffMs: 200, maxBackoffMs: 1000 });
    const events: EngineEvent[] = [];
    m.onEvent((e) => events.push(e));
    try {
      await waitFor(m, 'connected');
      privateDocker('volume', 'create', 'before-stop');
      await expect
        .poll(() => events.some((e) => e.type === 'volume' && e.id === 'before-stop'), { timeout: 10_000 })
        .toBe(true);

      await daemon.stop();
      const down = await waitFor(m, 'unreachable');
      expect(down).toMatchObject({ kind: 'unreachable' });
      expect((down as { reason: string }).reason).toMatch(new RegExp(`${daemon.host.replace(/[/.]/g, '\\$&')}`));

      await daemon.start();
      await waitFor(m, 'connected');
      privateDocker('volume', 'create', 'after-restart');
      await expect
        .poll(() => events.some((e) => e.type === 'volume' && e.id === 'after-restart'), { timeout: 10_000 })
        .toBe(true);
    } finally {
      m.dispose();
      engine.dispose();
    }
  }, 120_000);
});

describe('a private dockerd beside the shared engine (integration)', () => {
  it('leaves the shared engine able to start bridged containers after it started and stopped', async () => {
    await daemon.stop();
    await daemon.start();
    const out = execFileSync(
      'docker',
      ['run', '--rm', '--label', 'stevedore.test=1', 'stevedore-test/busybox:latest', 'echo', 'bridged'],
      { encoding: 'utf8' },
    );
    expect(out.trim()).toBe('bridged');
  }, 120_000);
});
