// Plain GETs with a JSON reply (lists, inspects, /version, /_ping) and the event stream, issued straight over the
// endpoint's transport: the same socket path, host/port and agent docker-modem is given, without the modem's
// per-request work (URL re-parsing, a debug dump of every request's options, a second abort hook on the response).
// Non-2xx replies fail like the modem's (statusCode, json, "(HTTP code …) reason - message"), so toEngineError maps both alike.
import * as http from 'node:http';
import * as https from 'node:https';
import type { DockerOptions } from 'dockerode';

/** Where plain GETs go: node:http (or node:https) with the endpoint's options. */
export interface HttpTarget {
  request: typeof http.request;
  /** socketPath, or hostname/port (+ the endpoint's agent: TLS material, ssh dial-stdio) */
  base: http.RequestOptions & { servername?: string };
}

/** Where docker-modem would send a request for these options. */
export function httpTarget(o: DockerOptions & { agent?: http.Agent }): HttpTarget {
  // servername '' spares http.Agent its TLS server-name guess (net.isIP on "localhost"). A unix socket has no TLS.
  if (o.socketPath) return { request: http.request, base: { socketPath: o.socketPath, servername: '' } };
  const base: { hostname?: string; port?: number; agent?: http.Agent; servername?: string } = {
    hostname: o.host,
    port: o.port === undefined ? undefined : Number(o.port),
    ...(o.protocol === 'https' ? {} : { servername: '' }),
  };
  if (o.agent) base.agent = o.agent;
  return { request: o.protocol === 'https' ? https.request : http.request, base };
}

/** The engine's query string: objects (filters) as JSON, arrays repeated, undefined dropped (like the modem). */
export function engineQuery(query: Record<string, unknown> | undefined): string {
  let out = '';
  if (!query) return out;
  for (const k in query) {
    const v = query[k];
    if (v === undefined) continue;
    const values = Array.isArray(v) ? v : [v !== null && typeof v === 'object' ? JSON.stringify(v) : v];
    for (const x of values) out += `${out ? '&' : '?'}${encodeURIComponent(k)}=${encodeURIComponent(String(x))}`;
  }
  return out;
}

/** A failed reply, shaped like docker-modem's errors. */
export interface HttpStatusError extends Error {
  statusCode: number;
  json: unknown;
  reason?: string;
}

const reasons: Record<number, string> = {
  400: 'bad request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not found',
  409: 'conflict',
  500: 'server error',
  503: 'unavailable',
};

function statusError(status: number, body: unknown): HttpStatusError {
  const cause =
    body && typeof body === 'object' ? ((body as { message?: unknown }).message ?? JSON.stringify(body)) : String(body);
  const reason = reasons[status];
  return Object.assign(new Error(`(HTTP code ${status}) ${reason ?? 'unexpected'} - ${String(cause)} `), {
    statusCode: status,
    json: body,
    reason,
  });
}

function abortError(signal: AbortSignal | undefined): Error {
  return Object.assign(new Error('The operation was aborted'), {
    name: 'AbortError',
    code: 'ABORT_ERR',
    cause: signal?.reason,
  });
}

export class RequestTimeout extends Error {
  constructor(readonly timeoutMs: number) {
    super(`no reply within ${timeoutMs} ms`);
  }
}

interface Deadline {
  at: number;
  expire(): void;
}

/**
 * The deadlines of the requests in flight, checked by one timer that runs only while there are any (and stops at
 * the first tick that finds none): a timer armed and cleared per request costs more than the request's own JS.
 * A deadline fires up to one tick late.
 */
export class Deadlines {
  private readonly pending = new Set<Deadline>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly tickMs = 250) {}

  add(d: Deadline): void {
    this.pending.add(d);
    if (this.timer) return;
    this.timer = setInterval(() => this.sweep(), this.tickMs);
    this.timer.unref?.();
  }

  delete(d: Deadline): void {
    this.pending.delete(d);
  }

  private sweep(): void {
    if (this.pending.size === 0) {
      clearInterval(this.timer);
      this.timer = undefined;
      return;
    }
    const now = Date.now();
    for (const d of this.pending) {
      if (d.at > now) continue;
      this.pending.delete(d);
      d.expire();
    }
  }
}

const deadlines = new Deadlines();

/**
 * GET `path` (already versioned, with its query) and parse the JSON reply; a reply that is not JSON (`OK` from
 * /_ping, an empty 204) comes back as text. Rejects with RequestTimeout after `timeoutMs` for the whole exchange,
 * with an AbortError when `signal` aborts, with an HttpStatusError for other than 2xx/304, else with the socket's error
 * — each passed through `mapError` when given. `onHeaders` sees the reply's headers (/_ping's API-Version).
 */
export function getJson(
  target: HttpTarget,
  path: string,
  timeoutMs: number,
  signal?: AbortSignal,
  mapError: (e: Error) => Error = (e) => e,
  onHeaders?: (headers: Record<string, string | string[] | undefined>) => void,
): Promise<unknown> {
  if (signal?.aborted) return Promise.reject(mapError(abortError(signal)));
  return new Promise((resolve, reject) => {
    let done = false;
    const finish = (err: Error | undefined, value?: unknown) => {
      if (done) return;
      done = true;
      deadlines.delete(deadline);
      signal?.removeEventListener('abort', onAbort);
      if (!err) return resolve(value);
      exchange.cancel();
      reject(mapError(err));
    };
    const onAbort = () => finish(abortError(signal));
    const deadline: Deadline = { at: Date.now() + timeoutMs, expire: () => finish(new RequestTimeout(timeoutMs)) };
    deadlines.add(deadline);
    const onReply = (status: number, headers: Record<string, string | string[] | undefined>, data: Buffer) => {
      onHeaders?.(headers);
      const body = replyBody(data);
      if ((status >= 200 && status < 300) || status === 304) finish(undefined, body);
      else finish(statusError(status, body));
    };
    // node:http reports errors and replies asynchronously: finish never runs before exchange is set
    const exchange = httpGet(target, path, onReply, (err) => finish(err));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * GET `path` (already versioned, with its query) as a stream (GET /events): resolves with the reply once a 2xx/304
 * status is in, rejects with an HttpStatusError (its body read) for other statuses, with an AbortError when `signal`
 * aborts first, else with the socket's error. No deadline: the reply lasts as long as the engine sends. `signal`
 * aborting later tears the reply down (its reader sees it end).
 */
export function getStream(target: HttpTarget, path: string, signal?: AbortSignal): Promise<http.IncomingMessage> {
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const req = target.request(requestOptions(target, path));
    const onAbort = () => {
      req.destroy();
      reject(abortError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    req.on('error', (e) => {
      signal?.removeEventListener('abort', onAbort);
      reject(e);
    });
    req.on('response', (res) => {
      res.once('close', () => signal?.removeEventListener('abort', onAbort));
      const status = res.statusCode ?? 0;
      if ((status >= 200 && status < 300) || status === 304) return resolve(res);
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', reject);
      res.on('end', () => reject(statusError(status, replyBody(Buffer.concat(chunks)))));
    });
    req.end();
  });
}

/** A reply's body: its JSON, else its text (`OK` from /_ping, an empty 204). */
function replyBody(data: Buffer): unknown {
  const text = data.toString('utf8');
  if (!text) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function requestOptions(target: HttpTarget, path: string): http.RequestOptions {
  const b = target.base;
  return {
    socketPath: b.socketPath,
    hostname: b.hostname,
    port: b.port,
    agent: b.agent,
    servername: b.servername,
    method: 'GET',
    path,
  } as http.RequestOptions;
}

/** GET over node:http; cancel() tears down a reply cut short (a complete one's socket goes back to the agent). */
function httpGet(
  target: HttpTarget,
  path: string,
  onReply: (status: number, headers: http.IncomingHttpHeaders, body: Buffer) => void,
  onError: (e: Error) => void,
): { cancel(): void } {
  const req = target.request(requestOptions(target, path));
  req.on('error', onError);
  req.on('response', (res) => {
    const chunks: Buffer[] = [];
    res.on('data', (c: Buffer) => chunks.push(c));
    // a reply cut short: ECONNRESET 'aborted'
    res.on('error', onError);
    res.on('end', () => onReply(res.statusCode ?? 0, res.headers, Buffer.concat(chunks)));
  });
  req.end();
  return {
    cancel: () => {
      if (!req.destroyed) req.destroy();
    },
  };
}
