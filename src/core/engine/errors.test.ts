import { describe, expect, it } from 'vitest';
import { EngineError, toEngineError } from './errors';

const sys = (code: string, message = code): Error => Object.assign(new Error(message), { code });
const http = (statusCode: number, message: string): Error =>
  Object.assign(new Error(`(HTTP code ${statusCode}) x - ${message} `), { statusCode, json: { message } });

describe('toEngineError (unit)', () => {
  const host = 'unix:///var/run/docker.sock';
  it.each([
    [sys('ENOENT'), 'unreachable', /^no Docker engine at unix:\/\/\/var\/run\/docker\.sock; is it running\?$/],
    [sys('ECONNREFUSED'), 'unreachable', /no Docker engine at .*is it running/],
    [sys('ECONNRESET'), 'unreachable', /connection .* was closed/],
    [sys('ENOTFOUND'), 'unreachable', /check the host name/],
    [
      sys('EACCES'),
      'permission',
      /permission denied on \/var\/run\/docker\.sock: add your user to the 'docker' group \(sudo usermod -aG docker \$USER\)/,
    ],
    [sys('ETIMEDOUT'), 'timeout', /did not answer in time/],
    [
      sys('DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed certificate'),
      'tls',
      /TLS connection .* failed: self-signed certificate; check the CA/,
    ],
    [sys('ERR_SSL_WRONG_VERSION_NUMBER', 'wrong version number'), 'tls', /does not speak TLS/],
    [sys('EPROTO', 'write EPROTO wrong version number'), 'tls', /does not speak TLS/],
    [http(404, 'No such container: x'), 'notFound', /^No such container: x$/],
    [http(409, 'Conflict. The container name "/a" is already in use'), 'conflict', /already in use/],
    [http(400, 'Client sent an HTTP request to an HTTPS server.'), 'tls', /expects TLS; set DOCKER_TLS_VERIFY=1/],
    [
      http(400, 'client version 1.47 is too new. Maximum supported API version is 1.40'),
      'tooOld',
      /does not support this API version: .*; upgrade the engine/,
    ],
    [http(500, 'driver failed'), 'unknown', /^driver failed$/],
    [new Error('weird'), 'unknown', /weird/],
  ])('%s → %s', (err, kind, msg) => {
    const e = toEngineError(err, host);
    expect(e).toBeInstanceOf(EngineError);
    expect(e.kind).toBe(kind);
    expect(e.message).toMatch(msg);
    expect(e.cause).toBe(err);
  });

  it('keeps HTTP status and passes EngineErrors through', () => {
    expect(toEngineError(http(404, 'gone'), host).statusCode).toBe(404);
    const e = new EngineError('conflict', 'x');
    expect(toEngineError(e, host)).toBe(e);
  });
});
