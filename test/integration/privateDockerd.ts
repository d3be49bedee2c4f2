// A dockerd of our own for tests that stop, restart or break an engine without touching the shared one.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import type { Pki } from './engineFixtures';

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
