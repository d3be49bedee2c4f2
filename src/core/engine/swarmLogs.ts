// GET /services/{id}/logs with details: every line of every task, each starting with the task's labels
// (com.docker.swarm.node.id=…,com.docker.swarm.service.id=…,com.docker.swarm.task.id=…), which
// src/core/swarm/logPrefix.ts turns into a task/node prefix.
import { dockerOf } from './actionsDocker';
import { toActionError } from './actionsErrors';
import { demux, destroyOnAbort, rawChunks, untilAborted } from './actionsStreams';
import type { LogChunk, LogOptions } from './actionsTypes';
import type { Engine } from './engine';

export async function* serviceLogs(engine: Engine, id: string, opts: LogOptions = {}): AsyncGenerator<LogChunk> {
  const docker = dockerOf(engine);
  const what = `Logs of service ${id}`;
  let tty: boolean;
  let stream: NodeJS.ReadableStream;
  try {
    const spec = (await docker.getService(id).inspect()) as {
      Spec?: { TaskTemplate?: { ContainerSpec?: { TTY?: boolean } } };
    };
    tty = !!spec.Spec?.TaskTemplate?.ContainerSpec?.TTY;
    stream = await new Promise<NodeJS.ReadableStream>((resolve, reject) => {
      docker.modem.dial(
        {
          path: `/services/${encodeURIComponent(id)}/logs?`,
          method: 'GET',
          options: {
            stdout: true,
            stderr: true,
            details: true,
            follow: !!opts.follow,
            timestamps: !!opts.timestamps,
            since: opts.since ?? 0,
            tail: opts.tail === undefined ? 'all' : String(opts.tail),
          },
          isStream: true,
          abortSignal: opts.signal,
          statusCodes: { 200: true, 404: 'no such service', 500: 'server error', 503: 'node is not a swarm manager' },
        } as never,
        (err: unknown, data: unknown) => (err ? reject(err) : resolve(data as NodeJS.ReadableStream)),
      );
    });
  } catch (err) {
    if (opts.signal?.aborted) return;
    throw toActionError(err, what);
  }
  const off = destroyOnAbort(stream, opts.signal);
  try {
    const source = stream as unknown as AsyncIterable<Buffer>;
    yield* untilAborted(tty ? rawChunks(source) : demux(source), opts.signal, what);
  } finally {
    off();
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
}
