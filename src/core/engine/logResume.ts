// Resuming a log stream after the engine went away: the follower asks the engine for timestamps, notes the
// timestamp of each line it passes on (and strips them again when the caller did not ask for them), and after
// the engine is back continues `since` just after the last whole line — no line lost, none twice.
import type { Engine } from './engine';
import type { LogChunk } from './actionsTypes';

/** "seconds.nanoseconds" (the engine's `since` format) one nanosecond later. */
export function nextNano(since: string): string {
  const [s = '0', n = '0'] = since.split('.');
  const nanos = Number(n.padEnd(9, '0').slice(0, 9)) + 1;
  return nanos >= 1e9 ? `${Number(s) + 1}.000000000` : `${s}.${String(nanos).padStart(9, '0')}`;
}

const TIMESTAMP = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/;
function toSince(ts: string): string | undefined {
  const m = TIMESTAMP.exec(ts);
  if (!m) return undefined;
  const seconds = Date.parse(`${m[1]}${m[3]}`) / 1000;
  return Number.isFinite(seconds) ? `${seconds}.${(m[2] ?? '').slice(0, 9).padEnd(9, '0')}` : undefined;
}

/** Reads the engine's `<RFC3339Nano> ` line prefixes out of log chunks, per stream (stdout and stderr apart). */
export class LineTimestamps {
  private readonly atLineStart = new Map<string, boolean>();
  private readonly partialPrefix = new Map<string, string>();
  private last?: string;
  private lastWhole = true;

  /** The chunk without its line prefixes; the last line's timestamp is kept. */
  take(c: LogChunk): LogChunk {
    const data = c.data;
    const parts: Buffer[] = [];
    let start = this.atLineStart.get(c.stream) ?? true;
    let i = 0;
    while (i < data.length) {
      if (start) {
        const sp = data.indexOf(0x20, i);
        const nl = data.indexOf(0x0a, i);
        if (sp === -1 && nl === -1) {
          // the prefix continues in the next chunk
          this.partialPrefix.set(c.stream, (this.partialPrefix.get(c.stream) ?? '') + data.toString('latin1', i));
          i = data.length;
          break;
        }
        if (sp !== -1 && (nl === -1 || sp < nl)) {
          const since = toSince((this.partialPrefix.get(c.stream) ?? '') + data.toString('latin1', i, sp));
          this.partialPrefix.delete(c.stream);
          if (since) {
            this.last = since;
            i = sp + 1;
          }
        }
        start = false;
      }
      const nl = data.indexOf(0x0a, i);
      const end = nl === -1 ? data.length : nl + 1;
      parts.push(data.subarray(i, end));
      i = end;
      start = nl !== -1;
    }
    this.atLineStart.set(c.stream, start);
    this.lastWhole = start;
    return { stream: c.stream, data: (parts.length === 1 && parts[0]) || Buffer.concat(parts) };
  }

  /** Where to continue: just after the last whole line (a cut line comes again, whole). */
  resumeSince(): string | undefined {
    if (!this.last) return undefined;
    return this.lastWhole ? nextNano(this.last) : this.last;
  }
}

/** Waits until the engine answers again (polling every `intervalMs`); false when aborted. */
export async function waitForEngine(engine: Engine, signal: AbortSignal, intervalMs = 250): Promise<boolean> {
  while (!signal.aborted) {
    try {
      await engine.ping(signal);
      return true;
    } catch {
      await new Promise<void>((r) => {
        const t = setTimeout(r, intervalMs);
        signal.addEventListener('abort', () => (clearTimeout(t), r()), { once: true });
      });
    }
  }
  return false;
}
