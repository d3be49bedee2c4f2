// Test fixtures for the engine module: Docker CLI config dirs with contexts, real TLS material, temp dirs and ports
// (a private dockerd: privateDockerd.ts).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';

export const TEST_LABEL = 'stevedore.test';
export const TEST_LABEL_VALUE = 'engine';
export const TEST_IMAGE = process.env.STEVEDORE_TEST_IMAGE ?? 'stevedore-test/busybox:latest';

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface Pki {
  dir: string;
  ca: string;
  serverCert: string;
  serverKey: string;
  clientCert: string;
  clientKey: string;
}

/** A CA, a server cert for 127.0.0.1/localhost and a client cert, made with openssl like `docker` docs describe. */
export function makePki(dir = tempDir('stv-pki-')): Pki {
  const run = (...args: string[]): void => {
    execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  };
  run(
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    '/CN=stevedore-test-ca',
    '-keyout',
    'ca-key.pem',
    '-out',
    'ca.pem',
  );
  writeFileSync(
    path.join(dir, 'server.ext'),
    'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n',
  );
  writeFileSync(path.join(dir, 'client.ext'), 'extendedKeyUsage=clientAuth\n');
  for (const who of ['server', 'client']) {
    run(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      `/CN=${who === 'server' ? 'localhost' : 'stevedore-client'}`,
      '-keyout',
      `${who}-key.pem`,
      '-out',
      `${who}.csr`,
    );
    run(
      'x509',
      '-req',
      '-in',
      `${who}.csr`,
      '-CA',
      'ca.pem',
      '-CAkey',
      'ca-key.pem',
      '-CAcreateserial',
      '-days',
      '2',
      '-extfile',
      `${who}.ext`,
      '-out',
      `${who}-cert.pem`,
    );
  }
  return {
    dir,
    ca: path.join(dir, 'ca.pem'),
    serverCert: path.join(dir, 'server-cert.pem'),
    serverKey: path.join(dir, 'server-key.pem'),
    clientCert: path.join(dir, 'client-cert.pem'),
    clientKey: path.join(dir, 'client-key.pem'),
  };
}

/** A client cert dir as DOCKER_CERT_PATH expects it: ca.pem, cert.pem, key.pem. */
export function certPathDir(pki: Pki, dir = tempDir('stv-certs-')): string {
  writeFileSync(path.join(dir, 'ca.pem'), readFileSync(pki.ca));
  writeFileSync(path.join(dir, 'cert.pem'), readFileSync(pki.clientCert));
  writeFileSync(path.join(dir, 'key.pem'), readFileSync(pki.clientKey));
  return dir;
}

export interface ContextSpec {
  name: string;
  host: string;
  description?: string;
  skipTlsVerify?: boolean;
  /** client TLS material stored with the context */
  pki?: Pki;
}

/** Writes a Docker CLI config dir the way `docker context create` lays it out. */
export function writeDockerConfig(dir: string, contexts: ContextSpec[], currentContext?: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'config.json'),
    JSON.stringify(currentContext ? { auths: {}, currentContext } : { auths: {} }),
  );
  for (const c of contexts) {
    const id = createHash('sha256').update(c.name).digest('hex');
    const metaDir = path.join(dir, 'contexts', 'meta', id);
    mkdirSync(metaDir, { recursive: true });
    writeFileSync(
      path.join(metaDir, 'meta.json'),
      JSON.stringify({
        Name: c.name,
        Metadata: { Description: c.description ?? '' },
        Endpoints: { docker: { Host: c.host, SkipTLSVerify: c.skipTlsVerify ?? false } },
      }),
    );
    if (c.pki) {
      const tlsDir = path.join(dir, 'contexts', 'tls', id, 'docker');
      mkdirSync(tlsDir, { recursive: true });
      writeFileSync(path.join(tlsDir, 'ca.pem'), readFileSync(c.pki.ca));
      writeFileSync(path.join(tlsDir, 'cert.pem'), readFileSync(c.pki.clientCert));
      writeFileSync(path.join(tlsDir, 'key.pem'), readFileSync(c.pki.clientKey));
    }
  }
  return dir;
}

export async function freePort(): Promise<number> {
  const srv = http.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as { port: number }).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}
