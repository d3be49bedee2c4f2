// Test fixtures for the engine module: Docker CLI config dirs with contexts, real TLS material, a private dockerd.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

function pingUnix(sock: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ socketPath: sock, path: '/_ping', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

/**
 * A dockerd of our own (own socket, data-root, exec-root, pidfile, bridge; no iptables) so tests can stop
 * and start an engine without touching the shared one. Optionally also listens on tcp with --tlsverify.
 *
 * It gets a bridge link of its own with its own subnet: dockerd started with `--bridge=none` deletes the
 * default `docker0` link (it shares the host's network namespace), which breaks every container the shared
 * engine starts afterwards; with `--bridge=<name>` and no address it would take docker0's subnet.
 */
export class PrivateDockerd {
  readonly socket: string;
  private proc?: ChildProcess;
  private log = '';

  constructor(
    readonly dir: string,
    private readonly tls?: { pki: Pki; port: number },
    private readonly extraArgs: string[] = [],
  ) {
    this.socket = path.join(dir, 'd.sock');
  }

  get host(): string {
    return `unix://${this.socket}`;
  }

  /** Create this daemon's bridge link (idempotent) and return its name (at most 15 characters). */
  private bridge(): string {
    const name = this.bridgeName;
    try {
      execFileSync('ip', ['link', 'show', name], { stdio: 'ignore' });
    } catch {
      const octet = 100 + (parseInt(name.slice(-4), 16) % 150);
      execFileSync('ip', ['link', 'add', name, 'type', 'bridge'], { stdio: 'ignore' });
      execFileSync('ip', ['addr', 'add', `10.213.${octet}.1/24`, 'dev', name], { stdio: 'ignore' });
    }
    return name;
  }

  private get bridgeName(): string {
    return `stvb${createHash('sha256').update(this.dir).digest('hex').slice(0, 8)}`;
  }

  private removeBridge(): void {
    try {
      execFileSync('ip', ['link', 'del', this.bridgeName], { stdio: 'ignore' });
    } catch {
      // already gone
    }
  }

  /**
   * After a crash dockerd's containerd may linger (as a zombie when nothing reaps orphans, or hung); its pid
   * file then makes the next dockerd wait for a containerd that never answers. Wait for it to go (stop it if
   * it does not), and drop a pid file that names no live process.
   */
  private async clearStaleContainerd(): Promise<void> {
    const pidFile = path.join(this.dir, 'exec', 'containerd', 'containerd.pid');
    if (!existsSync(pidFile)) return;
    const pid = readFileSync(pidFile, 'utf8').trim();
    const state = (): string => {
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
      } catch {
        return 'gone';
      }
    };
    const dead = () => ['gone', 'Z', 'X'].includes(state());
    for (let i = 0; i < 50 && !dead(); i++) await new Promise((r) => setTimeout(r, 100));
    if (!dead()) {
      // still up without its dockerd: it is this daemon's own, so stop it for a clean start
      process.kill(Number(pid), 'SIGKILL');
      for (let i = 0; i < 50 && !dead(); i++) await new Promise((r) => setTimeout(r, 100));
    }
    if (['gone', 'Z', 'X'].includes(state())) rmSync(pidFile, { force: true });
  }

  async start(timeoutMs = 40_000): Promise<void> {
    await this.clearStaleContainerd();
    const args = [
      `--host=unix://${this.socket}`,
      `--data-root=${path.join(this.dir, 'root')}`,
      `--exec-root=${path.join(this.dir, 'exec')}`,
      `--pidfile=${path.join(this.dir, 'd.pid')}`,
      `--bridge=${this.bridge()}`,
      '--iptables=false',
      '--ip6tables=false',
      // a private containerd too, so stopping this daemon never disturbs the shared one
      `--containerd-namespace=stv-${path.basename(this.dir)}`,
      `--containerd-plugins-namespace=stv-${path.basename(this.dir)}p`,
    ];
    args.push(...this.extraArgs);
    if (this.tls) {
      args.push(
        `--host=tcp://127.0.0.1:${this.tls.port}`,
        '--tlsverify',
        `--tlscacert=${this.tls.pki.ca}`,
        `--tlscert=${this.tls.pki.serverCert}`,
        `--tlskey=${this.tls.pki.serverKey}`,
      );
    }
    this.log = '';
    const proc = spawn('dockerd', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc = proc;
    proc.stdout?.on('data', (d: Buffer) => {
      this.log = (this.log + d.toString()).slice(-8000);
    });
    proc.stderr?.on('data', (d: Buffer) => {
      this.log = (this.log + d.toString()).slice(-8000);
    });
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (proc.exitCode !== null) throw new Error(`private dockerd exited (${proc.exitCode}):\n${this.log}`);
      if (await pingUnix(this.socket)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    throw new Error(`private dockerd did not answer on ${this.socket} within ${timeoutMs} ms:\n${this.log}`);
  }

  /** SIGKILL, as a crash: the socket file stays behind; containers live on under --live-restore. */
  async kill9(): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((r) => proc.once('exit', () => r()));
    proc.kill('SIGKILL');
    await exited;
  }

  /** SIGTERM and wait for exit (dockerd removes its socket on the way out). */
  async stop(timeoutMs = 20_000): Promise<void> {
    const proc = this.proc;
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise<void>((r) => proc.once('exit', () => r()));
    proc.kill('SIGTERM');
    const t = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
    await exited;
    clearTimeout(t);
  }

  async destroy(): Promise<void> {
    await this.stop();
    this.removeBridge();
    // containerd shims may hold exec-root mounts briefly
    for (let i = 0; i < 5 && existsSync(this.dir); i++) {
      try {
        rmSync(this.dir, { recursive: true, force: true });
      } catch {
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  }
}
