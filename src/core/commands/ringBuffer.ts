// Bounded log storage for the logs view: keeps the newest lines within a byte budget.

export interface LogLine {
  stream: 'stdout' | 'stderr' | 'notice';
  text: string;
}

/**
 * Lines in a circular array; the oldest go first when `maxBytes` (UTF-16 length, close enough for a
 * budget) or `maxLines` is exceeded. Memory stays O(budget) however long the log is.
 */
export class LogRingBuffer {
  private lines: (LogLine | undefined)[];
  private head = 0;
  private count = 0;
  private bytes = 0;
  /** lines dropped from the front since the last clear */
  dropped = 0;
  /** incremented on every change, so views can tell whether to re-render */
  version = 0;

  constructor(
    readonly maxBytes = 8 * 1024 * 1024,
    readonly maxLines = 100_000,
    readonly maxLineLength = 16 * 1024,
  ) {
    this.lines = new Array<LogLine | undefined>(maxLines);
  }

  get size(): number {
    return this.count;
  }

  get byteSize(): number {
    return this.bytes;
  }

  push(line: LogLine): void {
    const text =
      line.text.length > this.maxLineLength ? `${line.text.slice(0, this.maxLineLength)}… [line truncated]` : line.text;
    const entry = { stream: line.stream, text };
    if (this.count === this.maxLines) this.dropFirst();
    this.lines[(this.head + this.count) % this.maxLines] = entry;
    this.count++;
    this.bytes += text.length;
    while (this.bytes > this.maxBytes && this.count > 1) this.dropFirst();
    this.version++;
  }

  private dropFirst(): void {
    const first = this.lines[this.head];
    this.lines[this.head] = undefined;
    this.head = (this.head + 1) % this.maxLines;
    this.count--;
    this.bytes -= first?.text.length ?? 0;
    this.dropped++;
  }

  clear(): void {
    this.lines = new Array<LogLine | undefined>(this.maxLines);
    this.head = 0;
    this.count = 0;
    this.bytes = 0;
    this.dropped = 0;
    this.version++;
  }

  *[Symbol.iterator](): IterableIterator<LogLine> {
    for (let i = 0; i < this.count; i++) {
      // slots head … head + count - 1 (mod maxLines) hold lines; the others are undefined
      const line = this.lines[(this.head + i) % this.maxLines];
      if (line) yield line;
    }
  }

  toArray(): LogLine[] {
    return [...this];
  }
}

/**
 * Turns byte chunks of one stream into complete lines (UTF-8 safe across chunk boundaries).
 * A trailing partial line waits for the next chunk, or for flush().
 */
export class LineSplitter {
  private decoder = new TextDecoder();
  private partial = '';

  push(data: Uint8Array): string[] {
    const text = this.partial + this.decoder.decode(data, { stream: true });
    const parts = text.split('\n');
    this.partial = parts.pop() ?? '';
    // a runaway line without newlines must not grow without bound
    if (this.partial.length > 1024 * 1024) {
      parts.push(this.partial);
      this.partial = '';
    }
    return parts.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  }

  flush(): string[] {
    const rest = this.partial + this.decoder.decode();
    this.partial = '';
    return rest ? [rest] : [];
  }
}
