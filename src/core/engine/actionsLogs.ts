// Container logs as cancellable AsyncIterables: one stream, or a session that re-attaches by name after a restart.
import type { Engine } from './engine';
import { display } from './actionsContainers';
import { dockerOf } from './actionsDocker';
import { toActionError } from './actionsErrors';
import { demux, destroyOnAbort, jsonLines, rawChunks, untilAborted } from './actionsStreams';
import type { LogChunk, LogOptions } from './actionsTypes';
import { pathSegment } from './pathSegment';
import { LineTimestamps, waitForEngine } from './logResume';

function logQuery(opts: LogOptions): Record<string, unknown> {
  return {
    stdout: true,
    stderr: true,
    follow: !!opts.follow,
    timestamps: !!opts.timestamps,
    since: opts.since ?? 0,
    tail: opts.tail === undefined ? 'all' : String(opts.tail),
  };
}

/** GET /containers/{id}/logs as a stream (also without follow, so a 50 MB log is never one buffer). */
export async function* containerLogs(
  engine: Engine,
  idOrName: string,
  opts: LogOptions = {},
): AsyncGenerator<LogChunk> {
  const docker = dockerOf(engine);
  let tty: boolean;
  let stream: NodeJS.ReadableStream;
  try {
    tty = !!(await docker.getContainer(pathSegment('container', idOrName)).inspect()).Config?.Tty;
    stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => {
      docker.modem.dial(
        {
          path: `/containers/${encodeURIComponent(idOrName)}/logs?`,
          method: 'GET',
          options: logQuery(opts),
          isStream: true,
          abortSignal: opts.signal,
          statusCodes: { 200: true, 404: 'no such container', 500: 'server error' },
        } as never,
        (err: unknown, data: unknown) => (err ? reject(err) : resolve(data as NodeJS.ReadableStream)),
      );
    });
  } catch (err) {
    if (opts.signal?.aborted) return;
    throw toActionError(err, `Logs of ${display(idOrName)}`);
  }
  const off = destroyOnAbort(stream, opts.signal);
  try {
    const source = stream as unknown as AsyncIterable<Buffer>;
    yield* untilAborted(tty ? rawChunks(source) : demux(source), opts.signal, `Logs of ${display(idOrName)}`);
  } finally {
    off();
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
}

export type LogSessionEvent =
  | ({ type: 'chunk' } & LogChunk)
  /** the followed container stopped; `removed`: it is gone (rm, --rm, compose down), not only stopped */
  | { type: 'stopped'; name: string; removed: boolean }
  | { type: 'reattached'; name: string; id: string }
  /** the engine stopped answering; the session waits for it */
  | { type: 'engineLost'; name: string; reason: string }
  /** the engine answers again; lines continue after the last one shown */
  | { type: 'engineBack'; name: string };

/**
 * Follows a container's logs and, when the container stops, waits for a container with the same
 * name to start again (restart, or recreated by compose) and continues from that moment.
 */
export async function* followLogsSession(
  engine: Engine,
  name: string,
  opts: Omit<LogOptions, 'follow'> & { signal: AbortSignal },
): AsyncGenerator<LogSessionEvent> {
  const docker = dockerOf(engine);
  const state = () =>
    docker
      .getContainer(pathSegment('container', name))
      .inspect()
      .then(
        // a forced removal ends the stream while the container is still there, marked "removing": gone all the same
        (i) =>
          i.State?.Status === 'removing'
            ? undefined
            : {
                running: !!i.State?.Running,
                startedAt: i.State?.StartedAt ?? '',
                finishedAt: i.State?.FinishedAt ?? '',
              },
        () => undefined,
      );
  let since: number | string | undefined = opts.since;
  let tail = opts.tail;
  let attachedRun = (await state())?.startedAt;
  let first = true;
  // a removal is said once per run (the events since the stop replay its destroy)
  let removedSaid = false;
  // timestamps always asked for, to know where to resume after the engine comes back; stripped unless wanted
  const clock = new LineTimestamps();
  while (!opts.signal.aborted) {
    if (!first) {
      let id: string | undefined;
      for await (const w of waitForStart(
        engine,
        name,
        Math.floor(Number(String(since).split('.')[0])) - 1,
        opts.signal,
      )) {
        if (w.type === 'started') id = w.id;
        else if (!removedSaid) {
          removedSaid = true;
          yield { type: 'stopped', name, removed: true };
        }
      }
      if (!id) return;
      removedSaid = false;
      attachedRun = (await state())?.startedAt;
      yield { type: 'reattached', name, id };
    }
    let gone: string | undefined;
    try {
      for await (const c of containerLogs(engine, name, { ...opts, timestamps: true, follow: true, since, tail })) {
        const plain = clock.take(c);
        yield { type: 'chunk', ...(opts.timestamps ? c : plain) };
      }
    } catch (err) {
      if (opts.signal.aborted) return;
      if ((err as { kind?: string }).kind !== 'unreachable') throw err;
      gone = err instanceof Error ? err.message : String(err);
    }
    if (opts.signal.aborted) return;
    // a stream that simply ended may mean the engine went away too (killed): ask it
    if (
      gone === undefined &&
      !(await engine.ping(opts.signal).then(
        () => true,
        () => false,
      ))
    )
      gone = 'the Docker engine stopped answering';
    if (gone !== undefined) {
      yield { type: 'engineLost', name, reason: gone };
      if (!(await waitForEngine(engine, opts.signal))) return;
      yield { type: 'engineBack', name };
      since = clock.resumeSince() ?? since;
      tail = undefined;
      const back = await state();
      // still running: continue at once; else wait for it to start again
      first = !!back?.running;
      if (back?.running) attachedRun = back.startedAt;
      else {
        removedSaid = !back;
        yield { type: 'stopped', name, removed: !back };
      }
      continue;
    }
    if (opts.signal.aborted) return;
    const endedAt = Date.now();
    const s = await state();
    tail = undefined;
    first = false;
    // the run we followed ended at FinishedAt (it stays set while a restarted run goes on): the next run's
    // lines come after it. StartedAt is no boundary: a process can log before the engine records its start.
    // Same run still going (the stream broke): continue from where we stopped.
    const sameRun = !!s?.running && s.startedAt === attachedRun;
    since = (!sameRun && s?.finishedAt && rfc3339ToSince(s.finishedAt)) || unixNanoString(endedAt);
    if (s?.running) continue;
    removedSaid = !s;
    yield { type: 'stopped', name, removed: !s };
  }
}

/** The engine parses since as "<seconds>.<nanoseconds>" with nine digits; a float would lose precision. */
function unixNanoString(ms: number): string {
  return `${Math.floor(ms / 1000)}.${String((ms % 1000) * 1_000_000).padStart(9, '0')}`;
}

/** "2024-05-01T10:00:00.123456789Z" → "1714557600.123456789" (keeps the nanoseconds Date drops). */
export function rfc3339ToSince(ts: string): string | undefined {
  const m = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d+))?(Z|[+-]\d\d:\d\d)$/.exec(ts);
  if (!m) return undefined;
  const seconds = Date.parse(`${m[1]}${m[3]}`) / 1000;
  return Number.isFinite(seconds) ? `${seconds}.${(m[2] ?? '').slice(0, 9).padEnd(9, '0')}` : undefined;
}

/**
 * Waits for the container named `name` to (re)start after `sinceSeconds`: yields `removed` when one of that name is
 * destroyed meanwhile, then `started` with the new run's id; ends without `started` when aborted.
 */
async function* waitForStart(
  engine: Engine,
  name: string,
  sinceSeconds: number,
  signal: AbortSignal,
): AsyncGenerator<{ type: 'started'; id: string } | { type: 'removed' }> {
  const docker = dockerOf(engine);
  const isRunning = (idOrName: string) =>
    docker
      .getContainer(pathSegment('container', idOrName))
      .inspect()
      .then(
        (i) => (i.State?.Running ? i.Id : undefined),
        () => undefined,
      );
  const running = await isRunning(name);
  if (running) {
    yield { type: 'started', id: running };
    return;
  }
  let stream: NodeJS.ReadableStream;
  try {
    stream = (await docker.getEvents({
      since: Math.floor(sinceSeconds),
      filters: { type: ['container'], event: ['start', 'destroy'], container: [name] },
      abortSignal: signal,
    } as never)) as unknown as NodeJS.ReadableStream;
  } catch (err) {
    if (signal.aborted) return;
    throw toActionError(err, `Wait for ${name} to start again`);
  }
  const off = destroyOnAbort(stream, signal);
  try {
    for await (const ev of untilAborted(
      jsonLines(stream as unknown as AsyncIterable<Buffer>),
      signal,
      `Wait for ${name} to start again`,
    )) {
      const actorId = (ev.Actor as { ID?: string } | undefined)?.ID ?? (ev.id as string | undefined);
      const action = (ev.Action as string | undefined) ?? (ev.status as string | undefined);
      if (action === 'destroy') yield { type: 'removed' };
      else if (actorId && (await isRunning(actorId))) {
        // the replay since the stop can hold the start of the run that just ended (a short one)
        yield { type: 'started', id: actorId };
        return;
      }
    }
  } finally {
    off();
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
}
