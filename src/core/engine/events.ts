// GET /events is one long-lived response of newline-separated JSON messages; parse it as it arrives.
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import { EngineError, toEngineError } from './errors';
import { toEngineEvent } from './toEngineRecords';
import type { EngineEvent } from './types';

const MAX_LINE = 1 << 20;

/**
 * Typed events from an /events response body. Returns quietly when `signal` aborts (or the consumer stops);
 * throws EngineError('unreachable') when the engine closes the stream, so a monitor can reconnect.
 */
export async function* parseEventStream(
  stream: Readable,
  host: string,
  signal?: AbortSignal,
  maxLine = MAX_LINE,
): AsyncGenerator<EngineEvent> {
  const onAbort = (): void => {
    stream.destroy();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  const decoder = new StringDecoder('utf8');
  let buf = '';
  try {
    for await (const chunk of stream) {
      buf += typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer);
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl).trim();
        buf = buf.slice(nl + 1);
        if (!line) continue;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
          continue; // a torn or foreign line must not end the stream
        }
        yield toEngineEvent(parsed);
      }
      // events are small; a megabyte without a newline is not an event stream
      if (buf.length > maxLine) buf = '';
    }
  } catch (e) {
    if (signal?.aborted) return;
    throw toEngineError(e, host);
  } finally {
    signal?.removeEventListener('abort', onAbort);
    stream.destroy();
  }
  if (signal?.aborted) return;
  throw new EngineError(
    'unreachable',
    `the event stream from the Docker engine at ${host} ended; is it still running?`,
  );
}
