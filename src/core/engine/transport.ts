// How to reach an endpoint: docker-modem options for unix/npipe/tcp(+TLS), and `ssh … docker system dial-stdio`
// for ssh:// — the CLI's own transport, so ~/.ssh/config, agents and every key type work (ssh2 would not).
import type * as ChildProcesses from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import type * as http from 'node:http';
import type * as Https from 'node:https';
import type { Socket } from 'node:net';
import type * as Stream from 'node:stream';
import type { DockerOptions } from 'dockerode';
import { EngineError } from './errors';
import type { ResolvedEndpoint } from './types';

/** argv for `ssh` reaching the engine behind an ssh:// URL (ssh://[user@]host[:port][/socket/path]). */
export function sshArgv(host: string): string[] {
  let url: URL;
  try {
    url = new URL(host);
  } catch {
    throw new EngineError('badRequest', `invalid ssh endpoint '${host}': expected ssh://[user@]host[:port]`);
  }
  if (url.protocol !== 'ssh:' || !url.hostname)
    throw new EngineError('badRequest', `invalid ssh endpoint '${host}': expected ssh://[user@]host[:port]`);
  if (url.password)
    throw new EngineError('badRequest', `ssh endpoint '${host}' must not contain a password; use ssh keys or an agent`);
  const user = decodeURIComponent(url.username);
  if (url.hostname.startsWith('-') || user.startsWith('-'))
    throw new EngineError('badRequest', `invalid ssh endpoint '${host}': host and user must not start with '-'`);
  // ServerAlive*: ssh exits when the link dies silently (~45 s), which ends the event stream it carries
  const argv = [
    '-o',
    'ConnectTimeout=30',
    '-o',
    'BatchMode=yes',
    '-o',
    'ServerAliveInterval=15',
    '-o',
    'ServerAliveCountMax=3',
    '-T',
  ];
  if (user) argv.push('-l', user);
  if (url.port) argv.push('-p', url.port);
  // IPv6 literals come back bracketed from URL
  argv.push('--', url.hostname.replace(/^\[(.*)\]$/, '$1'), 'docker');
  const socketPath = decodeURIComponent(url.pathname);
  // the remote side runs this through a shell: quote the one piece that comes from configuration
  if (socketPath && socketPath !== '/') argv.push(`--host='unix://${socketPath.replace(/'/g, "'\\''")}'`);
  argv.push('system', 'dial-stdio');
  return argv;
}

type SshAgentClass = new (host: string, sshCommand?: readonly string[]) => http.Agent;
let sshAgent: SshAgentClass | undefined;

/**
 * The http.Agent class for ssh:// endpoints, defined on first use: node:http and node:stream load with it, and a
 * `stevedore lint` on a local socket (or with no engine at all) never needs them.
 */
export function sshAgentClass(): SshAgentClass {
  if (sshAgent) return sshAgent;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Duplex } = require('node:stream') as typeof Stream;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Agent } = require('node:http') as typeof http;

  /** A child process's stdin/stdout as the socket an http.Agent hands to a request. */
  class ProcessSocket extends Duplex {
    private stderr = '';

    constructor(
      private readonly child: ChildProcess,
      label: string,
    ) {
      super();
      child.stdout?.on('data', (d: Buffer) => {
        if (!this.push(d)) child.stdout?.pause();
      });
      child.stderr?.on('data', (d: Buffer) => {
        this.stderr = (this.stderr + d.toString()).slice(-4000);
      });
      child.on('error', (e: NodeJS.ErrnoException) => {
        this.destroy(
          e.code === 'ENOENT'
            ? new EngineError('unreachable', `'ssh' was not found on PATH; it is needed to reach ${label}`)
            : e,
        );
      });
      // 'close' comes after stdout ended and the exit status is known: an ssh failure must win over a bare EOF
      child.on('close', (code) => {
        if (this.destroyed) return;
        if (code !== 0) {
          const why = this.stderr.trim().split('\n').filter(Boolean).pop() ?? `exit code ${code}`;
          const kind = /permission denied/i.test(why) ? 'permission' : 'unreachable';
          this.destroy(new EngineError(kind, `ssh to ${label} failed: ${why}`));
        } else {
          this.push(null);
        }
      });
      child.stdin?.on('error', () => {
        /* reported through 'exit' */
      });
    }

    override _read(): void {
      this.child.stdout?.resume();
    }

    // write failures (EPIPE when ssh already gave up) are not reported here: 'close' reports them with ssh's own reason
    override _write(chunk: Buffer, _enc: BufferEncoding, cb: (e?: Error | null) => void): void {
      if (!this.child.stdin || this.child.stdin.destroyed) return cb();
      this.child.stdin.write(chunk, () => cb());
    }

    override _final(cb: (e?: Error | null) => void): void {
      this.child.stdin?.end();
      cb();
    }

    override _destroy(err: Error | null, cb: (e: Error | null) => void): void {
      if (this.child.exitCode === null) this.child.kill();
      cb(err);
    }

    // what http.Agent calls on a net.Socket
    setKeepAlive(): this {
      return this;
    }
    setNoDelay(): this {
      return this;
    }
    setTimeout(): this {
      return this;
    }
    ref(): this {
      return this;
    }
    unref(): this {
      return this;
    }
  }

  /** An http.Agent whose every connection is one `ssh … docker system dial-stdio` process. */
  class SshAgent extends Agent {
    constructor(
      private readonly host: string,
      private readonly sshCommand: readonly string[] = ['ssh'],
    ) {
      super({ keepAlive: true, maxFreeSockets: 2 });
    }

    override createConnection(_options: unknown, cb?: (err: Error | null, socket: Socket) => void): Socket {
      const [cmd = 'ssh', ...pre] = this.sshCommand;
      // node:child_process on use (ssh:// only)
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const child = (require('node:child_process') as typeof ChildProcesses).spawn(
        cmd,
        [...pre, ...sshArgv(this.host)],
        { stdio: ['pipe', 'pipe', 'pipe'], windowsHide: true },
      );
      const sock = new ProcessSocket(child, this.host) as unknown as Socket;
      cb?.(null, sock);
      return sock;
    }
  }

  sshAgent = SshAgent;
  return SshAgent;
}

/** docker-modem options for an endpoint. Every key is set explicitly so the modem's own DOCKER_HOST reading never leaks in. */
export function modemOptions(
  ep: ResolvedEndpoint,
  sshCommand?: readonly string[],
): { options: DockerOptions; agent?: http.Agent } {
  const base = {
    host: undefined,
    port: undefined,
    socketPath: undefined,
    ca: undefined,
    cert: undefined,
    key: undefined,
    protocol: undefined,
    username: undefined,
  } as unknown as DockerOptions;
  const h = ep.host;
  if (h.startsWith('unix://'))
    return { options: { ...base, socketPath: h.slice('unix://'.length) || '/var/run/docker.sock' } };
  if (h.startsWith('npipe://'))
    return { options: { ...base, socketPath: h.slice('npipe://'.length) || '//./pipe/docker_engine' } };
  if (h.startsWith('ssh://')) {
    const agent = new (sshAgentClass())(h, sshCommand);
    // host/port are placeholders: the agent makes the connection
    return { options: { ...base, host: 'docker', port: 80, protocol: 'http', agent } as DockerOptions, agent };
  }
  if (h.startsWith('tcp://') || h.startsWith('http://') || h.startsWith('https://')) {
    let url: URL;
    try {
      url = new URL(h.replace(/^tcp:/, 'http:'));
    } catch {
      throw new EngineError('badRequest', `invalid Docker endpoint '${h}'`);
    }
    const tlsOn = ep.tls !== undefined || h.startsWith('https://');
    const port = url.port || (tlsOn ? '2376' : '2375');
    const hostname = url.hostname.replace(/^\[(.*)\]$/, '$1');
    if (!tlsOn) return { options: { ...base, host: hostname, port, protocol: 'http' } as DockerOptions };
    // node:https on TLS endpoints only: loading it is ~10 ms of a short CLI run on a local socket
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const agent = new (require('node:https') as typeof Https).Agent({
      ca: ep.tls?.ca,
      cert: ep.tls?.cert,
      key: ep.tls?.key,
      rejectUnauthorized: ep.tls?.verify !== false,
      keepAlive: true,
    });
    return { options: { ...base, host: hostname, port, protocol: 'https', agent } as DockerOptions, agent };
  }
  throw new EngineError('badRequest', `unsupported Docker endpoint '${h}': use unix://, npipe://, tcp:// or ssh://`);
}
