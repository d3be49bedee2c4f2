// Turns dockerode/HTTP failures of mutating operations into EngineError with a message that says what happened.
import type Dockerode from 'dockerode';
import { EngineError, isEngineError } from './errors';
import type { EngineErrorKind } from './types';

interface RawError {
  statusCode?: number;
  reason?: string;
  json?: { message?: string } | null;
  code?: string;
  message?: string;
}

/** The engine's own message text, without dockerode's "(HTTP code 409) conflict - " prefix. */
export function engineMessage(err: unknown): string {
  const e = (err ?? {}) as RawError;
  const fromJson = e.json && typeof e.json === 'object' ? e.json.message : undefined;
  if (fromJson) return fromJson.trim();
  const msg = e.message ?? String(err);
  return msg.replace(/^\(HTTP code \d+\)\s*[\w ]*-\s*/, '').trim();
}

const connectionCodes: Record<string, string> = {
  ENOENT: 'the socket does not exist',
  ECONNREFUSED: 'the connection was refused',
  EACCES: 'permission denied on the socket',
  ECONNRESET: 'the connection was reset',
  EPIPE: 'the connection was closed',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENOTFOUND: 'the host name does not resolve',
};

export function kindFromStatus(status: number | undefined): EngineErrorKind {
  switch (status) {
    case 400:
      return 'badRequest';
    case 401:
    case 403:
      return 'permission';
    case 404:
      return 'notFound';
    case 409:
      return 'conflict';
    default:
      return 'unknown';
  }
}

/**
 * Wraps a failure of `what` (e.g. "Stop container web") as an EngineError.
 * Known engine messages get a plainer wording; the engine's text is kept after it.
 */
export function toActionError(err: unknown, what: string): EngineError {
  if (isEngineError(err)) return err;
  const e = (err ?? {}) as RawError;
  if (e.code && connectionCodes[e.code]) {
    const kind: EngineErrorKind =
      e.code === 'EACCES' ? 'permission' : e.code === 'ETIMEDOUT' ? 'timeout' : 'unreachable';
    return new EngineError(
      kind,
      `${what} failed: the Docker engine is not reachable (${connectionCodes[e.code]}: ${e.message ?? e.code}).`,
      undefined,
      { cause: err },
    );
  }
  if ((err as Error)?.name === 'AbortError')
    return new EngineError('unknown', `${what} was cancelled.`, undefined, { cause: err });
  const status = e.statusCode;
  const text = engineMessage(err);
  let kind = kindFromStatus(status);
  let message = `${what} failed: ${text}`;
  const nameInUse = /name "\/?([^"]+)" is already in use by container "([0-9a-f]+)"/.exec(text);
  if (nameInUse) {
    kind = 'conflict';
    message = `${what} failed: the name "${nameInUse[1]}" is already in use by container ${(nameInUse[2] ?? '').slice(0, 12)}. Remove or rename that container, or choose another name.`;
  } else if (/invalid container name/i.test(text)) {
    kind = 'badRequest';
    message = `${what} failed: ${text}. A container name must start with a letter or digit and contain only letters, digits, "_", "." and "-".`;
  } else if (status === 304) {
    kind = 'conflict';
  }
  return new EngineError(kind, message, status, { cause: err });
}

/** "Bind for 0.0.0.0:8080 failed: port is already allocated" → 8080 */
export function allocatedPort(err: unknown): { ip: string; port: number } | undefined {
  const m =
    /Bind for ([^ ]*?):(\d+) failed: port is already allocated|listen tcp[46]? ([^ ]*?):(\d+): bind: address already in use/.exec(
      engineMessage(err),
    );
  if (!m) return undefined;
  return { ip: m[1] ?? m[3] ?? '', port: Number(m[2] ?? m[4]) };
}

/** Port conflicts name the container that holds the port, when it is one of ours to see. */
export async function portConflictError(
  docker: Dockerode,
  err: unknown,
  what: string,
): Promise<EngineError | undefined> {
  const port = allocatedPort(err);
  if (!port) return undefined;
  let holder: string | undefined;
  try {
    const running = await docker.listContainers({ all: false });
    const c = running.find((x) => (x.Ports ?? []).some((p) => p.PublicPort === port.port));
    if (c) holder = (c.Names?.[0] ?? c.Id).replace(/^\//, '');
  } catch {
    // best effort: the original message still says which port
  }
  const by = holder ? `container "${holder}"` : 'another process on the host';
  return new EngineError(
    'conflict',
    `${what} failed: host port ${port.port} is already allocated by ${by}. Choose another host port or stop ${holder ? 'that container' : 'it'}.`,
    (err as RawError).statusCode,
    { cause: err },
  );
}
