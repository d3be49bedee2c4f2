// The language server as the fuzz driver runs it: dist/server.js over stdio (the real protocol), started with
// the extension's flags; it records exits, "failed" log lines and its peak memory into the driver's report.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import rpc from 'vscode-languageserver-protocol/node';

const { createProtocolConnection, StreamMessageReader, StreamMessageWriter } = rpc;

const vmHwmKb = (pid) => {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
};

/** The flags the extension starts the server with (src/shared/serverProcess.ts; a test keeps the two equal). */
export const SERVER_EXEC_ARGV = ['--max-old-space-size=320'];

/** The process's CPU time so far (user + system, all its threads), in ms; clock-tick resolution (10 ms). */
const cpuMsOf = (pid) => {
  try {
    // the fields after the command name (which may hold spaces): utime and stime are the 12th and 13th
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
};

export class Server {
  /** `extraArgv`: more node flags, e.g. `--cpu-prof` (the profile is written when `close()` ends it) */
  constructor(serverPath, report, root, extraArgv = []) {
    this.report = report;
    this.proc = spawn(process.execPath, [...SERVER_EXEC_ARGV, ...extraArgv, serverPath, '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, DOCKER_HOST: 'unix:///nonexistent/docker.sock' },
    });
    this.exited = false;
    this.stopping = false;
    this.proc.on('exit', (code, signal) => {
      this.exited = true;
      // our own kill (after a hang, or at the end) is not an exit: the hang is already counted
      if (!this.stopping) report.exits.push({ doc: this.current, code, signal });
    });
    this.proc.stderr.on('data', (b) => {
      for (const line of String(b).split('\n'))
        if (/failed/i.test(line)) report.lintFailures.push({ doc: this.current, line: line.slice(0, 300) });
    });
    this.conn = createProtocolConnection(
      new StreamMessageReader(this.proc.stdout),
      new StreamMessageWriter(this.proc.stdin),
    );
    this.waiters = new Map();
    this.conn.onNotification('textDocument/publishDiagnostics', (p) => {
      const w = this.waiters.get(p.uri);
      if (w && p.version === w.version) {
        this.waiters.delete(p.uri);
        w.resolve(p.diagnostics);
      }
    });
    this.conn.onNotification('window/logMessage', (p) => {
      if (p.type === 1 && /failed/i.test(p.message))
        report.lintFailures.push({ doc: this.current, line: p.message.slice(0, 300) });
    });
    this.conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
    this.conn.onRequest('client/registerCapability', () => null);
    this.conn.onError(() => undefined);
    this.conn.onClose(() => undefined);
    this.conn.listen();
    this.root = root;
  }

  async start() {
    await this.conn.sendRequest('initialize', {
      processId: process.pid,
      rootUri: pathToFileURL(this.root).toString(),
      workspaceFolders: [{ uri: pathToFileURL(this.root).toString(), name: 'fuzz' }],
      capabilities: { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown'] } } },
      initializationOptions: { trusted: true },
    });
    await this.conn.sendNotification('initialized', {});
  }

  rssKb() {
    return vmHwmKb(this.proc.pid);
  }

  cpuMs() {
    return cpuMsOf(this.proc.pid);
  }

  /** Ends the server the protocol's way (shutdown, exit), so a `--cpu-prof` profile is written; killed after 5 s. */
  async close() {
    this.stopping = true;
    if (this.exited) return;
    const gone = new Promise((resolve) => this.proc.once('exit', resolve));
    const kill = setTimeout(() => this.proc.kill(), 5000);
    try {
      await Promise.race([this.conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 5000))]);
      await this.conn.sendNotification('exit');
    } catch {
      this.proc.kill();
    }
    await gone;
    clearTimeout(kill);
  }

  stop() {
    this.stopping = true;
    if (!this.exited) this.proc.kill();
  }
}
