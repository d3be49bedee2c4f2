// Shared setup for the explorer integration tests: the real engine, a model with its monitor, the docker CLI,
// raw API calls for bursts, a unique run label, and cleanup of exactly what this run created.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as http from 'node:http';
import { promisify } from 'node:util';
import {
  createEngine,
  createEngineMonitor,
  resolveEndpoint,
  type Engine,
  type EngineMonitor,
} from '../../src/core/engine/index';
import { ExplorerModel } from '../../src/core/tree/model';
import type { ViewName } from '../../src/core/tree/refreshPolicy';
import { walk, type TreeNode } from '../../src/core/tree/nodes';

const exec = promisify(execFile);
export const socketPath = '/var/run/docker.sock';
export const testImage = 'stevedore-test/busybox:latest';

export async function docker(...args: string[]): Promise<string> {
  const { stdout } = await exec('docker', args, {
    env: { ...process.env, DOCKER_HOST: `unix://${socketPath}` },
    maxBuffer: 64 << 20,
  });
  return stdout.trim();
}

/** One raw Engine API call over the unix socket (for bursts that the CLI cannot fire fast enough). */
export function api<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        socketPath,
        method,
        path,
        headers: data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown = text;
          try {
            json = text ? JSON.parse(text) : undefined;
          } catch {
            /* plain text body */
          }
          resolve({ status: res.statusCode ?? 0, json: json as T });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

export interface ExplorerEnv {
  run: string;
  prefix: string;
  /** --label arguments for the docker CLI */
  labelArgs: string[];
  labels: Record<string, string>;
  engine: Engine;
  cleanup(): Promise<void>;
}

export async function setupEnv(area = 'explorer'): Promise<ExplorerEnv> {
  const run = randomBytes(4).toString('hex');
  const labels = { 'stevedore.test': area, 'stevedore.test.run': run };
  const engine = createEngine(await resolveEndpoint({ env: { ...process.env, DOCKER_HOST: `unix://${socketPath}` } }));
  return {
    run,
    prefix: `stv-explorer-${run}-`,
    labels,
    engine,
    labelArgs: Object.entries(labels).flatMap(([k, v]) => ['--label', `${k}=${v}`]),
    cleanup: () => cleanupRun(run),
  };
}

/** Removes containers, networks, volumes and images of this run only (by run label, and by name prefix for tags). */
export async function cleanupRun(run: string): Promise<void> {
  const filter = `label=stevedore.test.run=${run}`;
  const ids = (s: string) =>
    s
      .split('\n')
      .map((x) => x.trim())
      .filter(Boolean);
  const containers = ids(await docker('ps', '-aq', '--filter', filter).catch(() => ''));
  // -v: anonymous volumes go with their container
  for (let i = 0; i < containers.length; i += 100)
    await docker('rm', '-fv', ...containers.slice(i, i + 100)).catch(() => '');
  for (const n of ids(await docker('network', 'ls', '-q', '--filter', filter).catch(() => '')))
    await docker('network', 'rm', n).catch(() => '');
  for (const v of ids(await docker('volume', 'ls', '-q', '--filter', filter).catch(() => '')))
    await docker('volume', 'rm', '-f', v).catch(() => '');
  const tags = ids(
    await docker('images', '--format', '{{.Repository}}:{{.Tag}}', `stv-explorer-${run}-*/*`).catch(() => ''),
  ).concat(
    ids(await docker('images', '--format', '{{.Repository}}:{{.Tag}}', `stv-explorer-${run}-*`).catch(() => '')),
  );
  if (tags.length) await docker('rmi', '-f', ...tags).catch(() => '');
  const images = ids(await docker('images', '-aq', '--filter', filter).catch(() => ''));
  if (images.length) await docker('rmi', '-f', ...new Set(images)).catch(() => '');
}

/** A model wired to a live monitor, with all resource views visible (what the extension does). */
export async function liveModel(
  engine: Engine,
  views: ViewName[] = ['containers', 'images', 'volumes', 'networks'],
  filters?: Record<string, string[]>,
): Promise<{ model: ExplorerModel; monitor: EngineMonitor; dispose(): void }> {
  const model = new ExplorerModel({ engine });
  const monitor = createEngineMonitor(engine, { filters });
  const subs = [monitor.onEvent((e) => model.handleEvent(e)), monitor.onHealth((h) => model.setHealth(h))];
  await waitFor(() => monitor.health.state === 'connected', 10_000);
  model.setHealth(monitor.health);
  for (const v of views) await model.setVisible(v, true);
  await model.whenIdle();
  return {
    model,
    monitor,
    dispose: () => {
      for (const s of subs) s.dispose();
      monitor.dispose();
      model.dispose();
    },
  };
}

export async function waitFor(cond: () => boolean, timeoutMs: number, stepMs = 10): Promise<number> {
  const start = Date.now();
  while (!cond()) {
    if (Date.now() - start > timeoutMs) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
  return Date.now() - start;
}

export function find(tree: TreeNode[], pred: (n: TreeNode) => boolean): TreeNode | undefined {
  for (const n of walk(tree)) if (pred(n)) return n;
  return undefined;
}
