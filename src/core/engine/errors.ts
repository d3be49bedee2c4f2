import type { EngineErrorKind } from './types';

/** The one error type that leaves the engine module: a kind others can branch on, and a message that says what to do. */
export class EngineError extends Error {
  constructor(
    readonly kind: EngineErrorKind,
    message: string,
    /** HTTP status from the engine, when there was one */
    readonly statusCode?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EngineError';
  }
}

export function isEngineError(e: unknown): e is EngineError {
  return e instanceof EngineError;
}

const TLS_CODES =
  /^(ERR_TLS_|ERR_SSL_|EPROTO$|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|UNABLE_TO_VERIFY_LEAF_SIGNATURE$|UNABLE_TO_GET_ISSUER_CERT|CERT_|ERR_OSSL)/;

/** The engine's own message from a docker-modem error (`(HTTP code 404) no such container - No such container: x `). */
function engineMessage(e: { json?: unknown; message?: string }): string {
  const j = e.json as { message?: unknown } | string | undefined;
  if (j && typeof j === 'object' && typeof j.message === 'string') return j.message.trim();
  if (typeof j === 'string' && j.trim()) return j.trim();
  const m = /^\(HTTP code \d+\) [^-]*- (.*)$/s.exec(e.message ?? '');
  return (m?.[1] ?? e.message ?? 'unknown error').trim();
}

/**
 * Turns whatever dockerode / node / ssh threw into an EngineError whose message says what to do.
 * `host` is the endpoint URL (unix:///var/run/docker.sock, tcp://…, ssh://…).
 */
export function toEngineError(e: unknown, host: string): EngineError {
  if (e instanceof EngineError) return e;
  const err = (e ?? {}) as NodeJS.ErrnoException & { statusCode?: number; json?: unknown; reason?: string };
  const code = typeof err.code === 'string' ? err.code : '';
  const raw = err.message ?? String(e);
  const opts = { cause: e };
  if (err.name === 'AbortError' || code === 'ABORT_ERR')
    return new EngineError('timeout', `cancelled: no answer from the Docker engine at ${host}`, undefined, opts);
  if (code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') {
    return new EngineError(
      'timeout',
      `the Docker engine at ${host} did not answer in time; is it running and reachable?`,
      undefined,
      opts,
    );
  }
  if (code === 'ENOENT' || code === 'ECONNREFUSED' || code === 'ENOTSOCK') {
    return new EngineError('unreachable', `no Docker engine at ${host}; is it running?`, undefined, opts);
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EHOSTUNREACH' || code === 'ENETUNREACH') {
    return new EngineError(
      'unreachable',
      `cannot reach the Docker engine at ${host} (${code}); check the host name and network`,
      undefined,
      opts,
    );
  }
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ERR_STREAM_PREMATURE_CLOSE' || raw === 'socket hang up') {
    return new EngineError(
      'unreachable',
      `the connection to the Docker engine at ${host} was closed; is it running?`,
      undefined,
      opts,
    );
  }
  if (code === 'EACCES' || code === 'EPERM') {
    const sock = host.startsWith('unix://') ? host.slice('unix://'.length) : host;
    return new EngineError(
      'permission',
      `permission denied on ${sock}: add your user to the 'docker' group (sudo usermod -aG docker $USER), then log out and back in`,
      undefined,
      opts,
    );
  }
  if (TLS_CODES.test(code) || /certificate|ssl|tls/i.test(code)) {
    const hint = /wrong version number|packet length too long/i.test(raw)
      ? 'the engine does not speak TLS there; unset DOCKER_TLS_VERIFY or use the plain port'
      : "check the CA, certificate and key (DOCKER_CERT_PATH or the context's TLS files)";
    return new EngineError(
      'tls',
      `TLS connection to the Docker engine at ${host} failed: ${raw}; ${hint}`,
      undefined,
      opts,
    );
  }
  const status = typeof err.statusCode === 'number' ? err.statusCode : undefined;
  if (status !== undefined) {
    const msg = engineMessage(err);
    if (/HTTP request to an HTTPS server/i.test(msg)) {
      return new EngineError(
        'tls',
        `the Docker engine at ${host} expects TLS; set DOCKER_TLS_VERIFY=1 and DOCKER_CERT_PATH, or use a context with TLS`,
        status,
        opts,
      );
    }
    if (/client version .* is too (new|old)|minimum supported API version/i.test(msg)) {
      return new EngineError(
        'tooOld',
        `the Docker engine at ${host} does not support this API version: ${msg}; upgrade the engine (Stevedore needs API 1.24, Docker 1.12, or newer)`,
        status,
        opts,
      );
    }
    const kind =
      status === 404
        ? 'notFound'
        : status === 409
          ? 'conflict'
          : status === 401 || status === 403
            ? 'permission'
            : status === 400
              ? 'badRequest'
              : 'unknown';
    return new EngineError(kind, msg, status, opts);
  }
  return new EngineError('unknown', `Docker engine at ${host}: ${raw}`, undefined, opts);
}
