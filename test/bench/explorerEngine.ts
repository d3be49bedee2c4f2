// The bench's containers on the shared engine (labelled stevedore.test, removed by cleanup()), raw requests to its
// socket, and a request-counting proxy in front of it: what explorer.bench.ts measures against.
import * as http from 'node:http';
import * as net from 'node:net';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

export const socketPath = '/var/run/docker.sock';
export const image = 'stevedore-test/busybox:latest';
export const run = randomBytes(4).toString('hex');
export const labels = { 'stevedore.test': 'explorer-bench', 'stevedore.test.run': run };
/** ids of the containers createContainers() made, in order */
export const created: string[] = [];

export function raw(
  method: string,
  path: string,
  body?: unknown,
  sock = socketPath,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : JSON.stringify(body);
    const req = http.request(
      {
        socketPath: sock,
        method,
        path,
        headers: data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

async function pool<T>(items: T[], width: number, fn: (t: T) => Promise<void>): Promise<void> {
  let i = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (i < items.length) await fn(items[i++]!);
    }),
  );
}

export async function createContainers(n: number): Promise<void> {
  const start = created.length;
  await pool(
    Array.from({ length: n }, (_, k) => start + k),
    8,
    async (k) => {
      const r = await raw('POST', `/containers/create?name=stv-bench-${run}-${k}`, {
        Image: image,
        Cmd: ['sleep', '1'],
        Labels: labels,
        HostConfig: { NetworkMode: 'none' },
      });
      if (r.status !== 201) throw new Error(`create failed: ${r.status} ${r.text}`);
      created.push((JSON.parse(r.text) as { Id: string }).Id);
    },
  );
}

export async function cleanup(): Promise<void> {
  const ids = created.splice(0);
  await pool(ids, 8, async (id) => {
    await raw('DELETE', `/containers/${id}?force=1&v=1`).catch(() => undefined);
  });
}

export async function totalContainers(): Promise<number> {
  return (JSON.parse((await raw('GET', '/containers/json?all=1')).text) as unknown[]).length;
}

/** A unix-socket proxy in front of the engine that counts HTTP requests (keep-alive aware: counts request lines). */
export function countingProxy(
  dir: string,
  upstreamPath = socketPath,
): Promise<{ path: string; count: () => number; close(): void }> {
  const path = join(dir, 'proxy.sock');
  let count = 0;
  const requestLine = /(?:^|\r\n)(?:GET|POST|PUT|DELETE|HEAD) \/\S* HTTP\/1\.[01]\r\n/g;
  const server = net.createServer((client) => {
    const upstream = net.connect(upstreamPath);
    client.on('data', (chunk: Buffer) => {
      count += (chunk.toString('latin1').match(requestLine) ?? []).length;
    });
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end);
    upstream.on('error', end);
    client.on('close', end);
    upstream.on('close', end);
  });
  return new Promise((resolve) =>
    server.listen(path, () => resolve({ path, count: () => count, close: () => server.close() })),
  );
}
