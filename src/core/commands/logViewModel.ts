// What a log view holds, without the webview: the ring buffer of lines, per-stream line splitting, and the
// queue of rendered lines waiting for the next flush — all bounded, however much the container writes.
import { ansiToHtml, escapeHtml, stripAnsiCodes } from './ansi';
import { LineSplitter, LogRingBuffer, type LogLine } from './ringBuffer';

/** A line as the webview gets it: stream (o/e/n = stdout/stderr/notice) and safe HTML. */
export interface RenderedLine {
  s: 'o' | 'e' | 'n';
  h: string;
}

export function renderLine(l: LogLine): RenderedLine {
  return {
    s: l.stream === 'stderr' ? 'e' : l.stream === 'notice' ? 'n' : 'o',
    h: l.stream === 'notice' ? escapeHtml(l.text) : ansiToHtml(l.text),
  };
}

export class LogViewModel {
  readonly buffer: LogRingBuffer;
  /** rendered only when taken: a fast log would otherwise render lines nobody sees */
  private pending: LogLine[] = [];
  private pendingBytes = 0;
  private splitters = { stdout: new LineSplitter(), stderr: new LineSplitter() };

  /** `maxLines` is what the webview shows at most; more is never queued for it. */
  constructor(
    maxBytes: number,
    readonly maxLines = 20_000,
  ) {
    this.buffer = new LogRingBuffer(maxBytes);
  }

  /** Raw bytes of one stream; complete lines go into the buffer and the queue. */
  write(stream: 'stdout' | 'stderr', data: Uint8Array): void {
    for (const text of this.splitters[stream].push(data)) this.push({ stream, text });
  }

  /** Lines still waiting for a newline (the stream ended or stopped). */
  flushPartial(): void {
    for (const s of ['stdout', 'stderr'] as const)
      for (const text of this.splitters[s].flush()) this.push({ stream: s, text });
  }

  notice(text: string): void {
    this.push({ stream: 'notice', text });
  }

  push(line: LogLine): void {
    this.buffer.push(line);
    this.pending.push(line);
    this.pendingBytes += line.text.length;
    // trimmed in bulk once it holds twice the limit: shift() per line is O(n) on a large array
    if (this.pending.length > 2 * this.maxLines || this.pendingBytes > 2 * this.buffer.maxBytes) this.trimPending();
  }

  private trimPending(): void {
    let drop = Math.max(0, this.pending.length - this.maxLines);
    let bytes = this.pendingBytes;
    for (const line of this.pending.slice(0, drop)) bytes -= line.text.length;
    for (const line of this.pending.slice(drop, -1)) {
      if (bytes <= this.buffer.maxBytes) break;
      bytes -= line.text.length;
      drop++;
    }
    if (drop > 0) this.pending.splice(0, drop);
    this.pendingBytes = bytes;
  }

  /** The rendered lines since the last call (for one postMessage). */
  takePending(): RenderedLine[] {
    this.trimPending();
    const lines = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    return lines.map(renderLine);
  }

  get hasPending(): boolean {
    return this.pending.length > 0;
  }

  clear(): void {
    this.buffer.clear();
    this.pending = [];
    this.pendingBytes = 0;
    this.splitters = { stdout: new LineSplitter(), stderr: new LineSplitter() };
  }

  /** Plain text (ANSI stripped), stderr marked: for Copy All and tests. */
  text(): string[] {
    return this.buffer
      .toArray()
      .map((l) => (l.stream === 'stderr' ? `[stderr] ${stripAnsiCodes(l.text)}` : stripAnsiCodes(l.text)));
  }
}
