// A proxy in front of the engine's unix socket that records the request line of every HTTP request passing
// through it (keep-alive aware): tests assert on what the code under test actually sent.
import * as net from 'node:net';
import { socketPath } from './explorerHelpers';

export interface RecordingProxy {
  /** where to point DOCKER_HOST: unix://… or tcp://127.0.0.1:… */
  host: string;
  /** request lines so far, e.g. "GET /v1.47/containers/json?all=true HTTP/1.1" */
  readonly requests: string[];
  close(): Promise<void>;
}

const requestLine = /(?:^|\r\n)((?:GET|POST|PUT|DELETE|HEAD) \/\S* HTTP\/1\.[01])\r\n/g;

/** listen: a unix socket path, or 'tcp' for a loopback port (what a remote engine looks like to the client) */
export function recordingProxy(listen: string | 'tcp', upstreamPath = socketPath): Promise<RecordingProxy> {
  const requests: string[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(upstreamPath);
    sockets.add(client);
    sockets.add(upstream);
    client.on('data', (chunk: Buffer) => {
      for (const m of chunk.toString('latin1').matchAll(requestLine)) requests.push(m[1]!);
    });
    client.pipe(upstream).pipe(client);
    const end = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on('error', end);
    upstream.on('error', end);
    client.on('close', end);
    upstream.on('close', end);
  });
  const close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  return new Promise((resolve) => {
    if (listen === 'tcp') {
      server.listen(0, '127.0.0.1', () =>
        resolve({ host: `tcp://127.0.0.1:${(server.address() as net.AddressInfo).port}`, requests, close }),
      );
    } else {
      server.listen(listen, () => resolve({ host: `unix://${listen}`, requests, close }));
    }
  });
}
