// Incremental parsers for the engine's streams: multiplexed stdout/stderr frames and JSON lines.
import { toActionError } from './actionsErrors';
import type { LogChunk } from './actionsTypes';

type ByteSource = AsyncIterable<Buffer | string | Uint8Array>;

function toBuffer(c: Buffer | string | Uint8Array): Buffer {
  return Buffer.isBuffer(c)
    ? c
    : typeof c === 'string'
      ? Buffer.from(c)
      : Buffer.from(c.buffer, c.byteOffset, c.byteLength);
}

/**
 * Splits the engine's multiplexed stream (8-byte header: stream type, 3 zero bytes, uint32 BE size) into chunks.
 * Hand-written because docker-modem's demuxStream only pipes into two writables and loses the interleaving.
 */
export async function* demux(source: ByteSource): AsyncGenerator<LogChunk> {
  let pending: Buffer = Buffer.alloc(0);
  for await (const raw of source) {
    pending = pending.length ? Buffer.concat([pending, toBuffer(raw)]) : toBuffer(raw);
    let offset = 0;
    while (pending.length - offset >= 8) {
      const type = pending.readUInt8(offset);
      const size = pending.readUInt32BE(offset + 4);
      if (pending.length - offset - 8 < size) break;
      const data = pending.subarray(offset + 8, offset + 8 + size);
      offset += 8 + size;
      // type 0 is stdin echoed back; only happens with TTY-less attach of stdin, show it as stdout
      if (size > 0) yield { stream: type === 2 ? 'stderr' : 'stdout', data: Buffer.from(data) };
    }
    pending = offset ? Buffer.from(pending.subarray(offset)) : pending;
  }
  if (pending.length) yield { stream: 'stdout', data: pending };
}

/** A TTY stream is not multiplexed: everything is stdout. */
export async function* rawChunks(source: ByteSource): AsyncGenerator<LogChunk> {
  for await (const raw of source) yield { stream: 'stdout', data: toBuffer(raw) };
}

/** Newline-delimited JSON (stats, pull/push/build progress). Non-JSON lines are reported as `{ text }`. */
export async function* jsonLines(source: ByteSource): AsyncGenerator<Record<string, unknown>> {
  let pending = '';
  const decoder = new TextDecoder();
  for await (const raw of source) {
    pending += decoder.decode(toBuffer(raw), { stream: true });
    let nl: number;
    while ((nl = pending.indexOf('\n')) >= 0) {
      const line = pending.slice(0, nl).trim();
      pending = pending.slice(nl + 1);
      if (line) yield parseLine(line);
    }
  }
  pending += decoder.decode();
  if (pending.trim()) yield parseLine(pending.trim());
}

function parseLine(line: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(line);
    return v && typeof v === 'object' ? (v as Record<string, unknown>) : { text: line };
  } catch {
    return { text: line };
  }
}

/** Destroys a Node stream when the signal aborts, so consumers' `for await` ends. */
export function destroyOnAbort(stream: NodeJS.ReadableStream, signal?: AbortSignal): () => void {
  if (!signal) return () => undefined;
  const destroy = () => (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  if (signal.aborted) destroy();
  signal.addEventListener('abort', destroy, { once: true });
  return () => signal.removeEventListener('abort', destroy);
}

/**
 * Iterates a stream, ending quietly when it was destroyed because the signal aborted; a connection that
 * breaks mid-stream (engine gone: ECONNRESET…) becomes an EngineError about `what`.
 */
export async function* untilAborted<T>(
  it: AsyncIterable<T>,
  signal: AbortSignal | undefined,
  what: string,
): AsyncGenerator<T> {
  try {
    for await (const v of it) {
      if (signal?.aborted) return;
      yield v;
    }
  } catch (err) {
    if (signal?.aborted) return;
    throw toActionError(err, what);
  }
}
