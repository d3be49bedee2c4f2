// A GET over a unix socket on a connection of its own, without node:http: for a short-lived process that makes a
// few reads and exits (`stevedore lint`). There, node:http is the largest part of talking to the engine: loading it,
// and the first request's agent and parser, cost about 5 ms of a 150 ms run (and a scavenge). Everywhere else
// (the extension, the language server, TCP, TLS, ssh) reads go through node:http with its keep-alive agent.
// The exchange is the simplest HTTP/1.1 has: one request with `Connection: close`, one reply read whole, its body
// sized by Content-Length, by chunks, or by the end of the connection.
import type * as Net from 'node:net';

export interface Reply {
  status: number;
  /** lower-cased names */
  headers: Record<string, string>;
  body: Buffer;
}

/** A reply that ended before it was whole, as node:http reports one: ECONNRESET, 'aborted'. */
function cutShort(): Error {
  return Object.assign(new Error('aborted'), { code: 'ECONNRESET' });
}

const CRLF = Buffer.from('\r\n');
const HEAD_END = Buffer.from('\r\n\r\n');

/** The body of a chunked reply, or undefined while its last chunk has not arrived. Chunk extensions and trailers are skipped. */
export function dechunk(data: Buffer): Buffer | undefined {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = data.indexOf(CRLF, at);
    if (eol === -1) return undefined;
    const size = parseInt(data.subarray(at, eol).toString('latin1').split(';')[0]!.trim(), 16);
    if (!(size >= 0)) throw Object.assign(new Error('invalid chunk size'), { code: 'HPE_INVALID_CHUNK_SIZE' });
    if (size === 0) {
      // the last chunk, then trailer lines up to an empty one: mostly none, so CRLF right away
      const trailers = eol + 2;
      if (data.length < trailers + 2) return undefined;
      return data.subarray(trailers, trailers + 2).equals(CRLF) || data.indexOf(HEAD_END, eol) !== -1
        ? Buffer.concat(parts)
        : undefined;
    }
    if (data.length < eol + 2 + size + 2) return undefined;
    parts.push(data.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

interface Head {
  status: number;
  headers: Record<string, string>;
  length: number;
}

/** The status line and headers in `data`, or undefined while they have not all arrived. */
function parseHead(data: Buffer): Head | undefined {
  const end = data.indexOf(HEAD_END);
  if (end === -1) return undefined;
  const [statusLine = '', ...lines] = data.subarray(0, end).toString('latin1').split('\r\n');
  const status = /^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1];
  if (!status)
    throw Object.assign(new Error(`not an HTTP reply: ${JSON.stringify(statusLine.slice(0, 40))}`), {
      code: 'HPE_INVALID_CONSTANT',
    });
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(status), headers, length: end + 4 };
}

/**
 * The reply in `data`, or undefined while it is not whole. `ended`: the connection is closed, so a body without a
 * size ends there, and a reply still missing bytes was cut short. `head`: its status line and headers, when already read.
 */
export function parseReply(data: Buffer, ended: boolean, head = parseHead(data)): Reply | undefined {
  let body: Buffer | undefined;
  if (head) {
    const rest = data.subarray(head.length);
    const size = head.headers['content-length'];
    if (head.status === 204 || head.status === 304) body = Buffer.alloc(0);
    else if (/\bchunked\b/i.test(head.headers['transfer-encoding'] ?? '')) body = dechunk(rest);
    else if (size !== undefined) body = rest.length >= Number(size) ? rest.subarray(0, Number(size)) : undefined;
    else if (ended) body = rest;
  }
  if (!body) {
    if (ended) throw cutShort();
    return undefined;
  }
  return { status: head!.status, headers: head!.headers, body };
}

/**
 * GET `path` from the engine at `socketPath`: `done` gets the whole reply or the connection's error, once, unless
 * cancelled first. The request's connection is closed by the engine after its reply (the write side is left open:
 * a server may take a client's half-close for a client gone, and drop the request).
 */
export function oneShotGet(
  socketPath: string,
  path: string,
  done: (err: Error | undefined, reply?: Reply) => void,
): { cancel(): void } {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { createConnection } = require('node:net') as typeof Net;
  const socket = createConnection(socketPath);
  const chunks: Buffer[] = [];
  let settled = false;
  const finish = (err: Error | undefined, reply?: Reply) => {
    if (settled) return;
    settled = true;
    socket.destroy();
    done(err, reply);
  };
  // parsed when the connection ends; before that only when the last bytes could end the reply (a sized body's
  // last byte, the last chunk's empty line), so a large reply is not joined again at every read
  let received = 0;
  let head: Head | undefined;
  const check = (ended: boolean) => {
    try {
      const data = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, received);
      head ??= parseHead(data);
      const reply = parseReply(data, ended, head);
      if (reply) finish(undefined, reply);
    } catch (e) {
      finish(e as Error);
    }
  };
  socket.on('data', (c: Buffer) => {
    chunks.push(c);
    received += c.length;
    const size = head?.headers['content-length'];
    if (!head || (size !== undefined ? received >= head.length + Number(size) : c.subarray(-4).equals(HEAD_END)))
      check(false);
  });
  socket.on('end', () => check(true));
  socket.on('error', (e) => finish(e));
  socket.on('close', () => finish(cutShort()));
  socket.write(`GET ${path} HTTP/1.1\r\nHost: docker\r\nUser-Agent: stevedore\r\nConnection: close\r\n\r\n`);
  return {
    cancel: () => {
      settled = true;
      socket.destroy();
    },
  };
}
