// Podman's Docker-compatible socket, for real: a private `podman system service` (own root, runroot, tmpdir)
// listening at $XDG_RUNTIME_DIR/podman/podman.sock, found by resolution when Docker's socket is absent.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createEngine,
  createEngineMonitor,
  engineLabel,
  resolveEndpoint,
  type EngineEvent,
} from '../../src/core/engine/index';
import { tempDir, writeDockerConfig } from './engineFixtures';

let dir: string;
let sock: string;
let service: ChildProcess | undefined;
let log = '';

function podmanArgs(): string[] {
  return [
    '--root',
    path.join(dir, 'root'),
    '--runroot',
    path.join(dir, 'run'),
    '--tmpdir',
    path.join(dir, 'tmp'),
    '--storage-driver',
    'vfs',
    '--cgroup-manager',
    'cgroupfs',
    '--events-backend',
    'file',
    '--network-config-dir',
    path.join(dir, 'net'),
  ];
}

function request(method: string, p: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      { socketPath: sock, path: p, method, headers: data ? { 'content-type': 'application/json' } : {} },
      (res) => {
        let out = '';
        res.on('data', (d: Buffer) => {
          out += d.toString();
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            json: /json/.test(res.headers['content-type'] ?? '') && out ? JSON.parse(out) : out,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

beforeAll(async () => {
  if (!existsSync('/usr/bin/podman'))
    throw new Error('podman is missing: run scripts/setup-engine.sh (it installs podman)');
  dir = tempDir('stv-podman-');
  mkdirSync(path.join(dir, 'xdg', 'podman'), { recursive: true });
  sock = path.join(dir, 'xdg', 'podman', 'podman.sock');
  service = spawn('podman', [...podmanArgs(), 'system', 'service', '--time=0', `unix://${sock}`], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  service.stderr?.on('data', (d: Buffer) => {
    log = (log + d.toString()).slice(-4000);
  });
  const until = Date.now() + 30_000;
  while (Date.now() < until) {
    if (service.exitCode !== null) throw new Error(`podman system service exited: ${log}`);
    if (
      existsSync(sock) &&
      (await request('GET', '/_ping').then(
        (r) => r.status === 200,
        () => false,
      ))
    )
      return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`podman system service did not answer on ${sock}: ${log}`);
}, 60_000);

afterAll(async () => {
  if (service && service.exitCode === null) {
    const exited = new Promise((r) => service?.once('exit', r));
    service.kill('SIGTERM');
    await exited;
  }
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe("Podman's Docker-compatible socket (integration)", () => {
  it('is found in XDG_RUNTIME_DIR when the Docker socket is absent, and answers as Podman', async () => {
    const cfg = writeDockerConfig(path.join(dir, 'docker'), []);
    const ep = await resolveEndpoint({
      env: { XDG_RUNTIME_DIR: path.join(dir, 'xdg') },
      configDir: cfg,
      defaultSocket: path.join(dir, 'no-docker.sock'),
    });
    expect(ep).toMatchObject({ host: `unix://${sock}`, source: 'podman' });
    const engine = createEngine(ep);
    try {
      const v = await engine.version();
      expect(v.platform).toBe('Podman Engine');
      expect(engineLabel(v)).toMatch(/^Podman Engine \d+\.\d+\.\d+ \(API 1\.\d+\)$/);
      const [containers, images, volumes, networks, info] = await Promise.all([
        engine.listContainers(),
        engine.listImages(),
        engine.listVolumes(),
        engine.listNetworks(),
        engine.info(),
      ]);
      expect(containers).toEqual([]);
      expect(images).toEqual([]);
      expect(volumes).toEqual([]);
      expect(networks.length).toBeGreaterThanOrEqual(1);
      expect(info.serverVersion).toBe(v.version);
    } finally {
      engine.dispose();
    }
  });

  it('streams events: a volume created through the API shows up in the monitor and in the listing', async () => {
    const engine = createEngine({ host: `unix://${sock}`, source: 'podman', reason: 'test' });
    const m = createEngineMonitor(engine);
    try {
      await expect.poll(() => m.health.state, { timeout: 15_000 }).toBe('connected');
      const got = new Promise<EngineEvent>((resolve) =>
        m.onEvent((e) => {
          if (e.type === 'volume' && e.action === 'create') resolve(e);
        }),
      );
      const created = await request('POST', '/v1.41/volumes/create', {
        Name: 'stv-podman-vol',
        Labels: { 'stevedore.test': 'engine' },
      });
      expect(created.status).toBe(201);
      expect((await got).id).toBe('stv-podman-vol');
      expect((await engine.listVolumes()).map((v) => [v.name, v.labels['stevedore.test']])).toEqual([
        ['stv-podman-vol', 'engine'],
      ]);
    } finally {
      m.dispose();
      engine.dispose();
    }
  });
});
