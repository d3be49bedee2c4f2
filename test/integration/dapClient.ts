// A minimal Debug Adapter Protocol client over TCP (Content-Length framing), enough to drive a debug adapter
// listening in a container the way VS Code's attach does: requests, their responses, and events.
import * as net from 'node:net';

export interface DapMessage {
  seq: number;
  type: 'request' | 'response' | 'event';
  command?: string;
  event?: string;
  request_seq?: number;
  success?: boolean;
  message?: string;
  body?: Record<string, unknown>;
}

export class DapClient {
  private seq = 1;
  private buffer = Buffer.alloc(0);
  private readonly waiting: { match: (m: DapMessage) => boolean; resolve: (m: DapMessage) => void }[] = [];
  readonly seen: DapMessage[] = [];

  closed = false;

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (chunk) => this.read(chunk));
    socket.on('close', () => (this.closed = true));
    socket.on('error', () => (this.closed = true));
  }

  static connect(host: string, port: number): Promise<DapClient> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port }, () => resolve(new DapClient(socket)));
      socket.once('error', reject);
    });
  }

  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const end = this.buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, end).toString())?.[1] ?? -1);
      if (length < 0 || this.buffer.length < end + 4 + length) return;
      const msg = JSON.parse(this.buffer.subarray(end + 4, end + 4 + length).toString()) as DapMessage;
      this.buffer = this.buffer.subarray(end + 4 + length);
      this.seen.push(msg);
      for (const w of [...this.waiting])
        if (w.match(msg)) {
          this.waiting.splice(this.waiting.indexOf(w), 1);
          w.resolve(msg);
        }
    }
  }

  /** Resolves with the first message (already seen or to come) that `match` accepts; rejects after timeoutMs. */
  waitFor(what: string, match: (m: DapMessage) => boolean, timeoutMs = 30_000): Promise<DapMessage> {
    const old = this.seen.find(match);
    if (old) return Promise.resolve(old);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        const recent = this.seen.slice(-8).map((m) => `${m.type}:${m.command ?? m.event}`);
        reject(new Error(`timed out waiting for ${what}; last messages: ${recent.join(', ')}`));
      }, timeoutMs);
      this.waiting.push({
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  /** Sends a request; the promise is its response (some adapters answer `attach` only after configurationDone). */
  request(command: string, args: Record<string, unknown> = {}, timeoutMs = 30_000): Promise<DapMessage> {
    const seq = this.seq++;
    const json = JSON.stringify({ seq, type: 'request', command, arguments: args });
    this.socket.write(`Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`);
    return this.waitFor(
      `the response to ${command}`,
      (m) => m.type === 'response' && m.request_seq === seq,
      timeoutMs,
    ).then((m) => {
      if (!m.success) throw new Error(`${command} failed: ${m.message ?? JSON.stringify(m.body)}`);
      return m;
    });
  }

  close(): void {
    this.socket.destroy();
  }
}
