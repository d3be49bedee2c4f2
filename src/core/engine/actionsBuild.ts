// docker build over the Engine API: the context is tarred here, honouring .dockerignore like the CLI does.
import type Dockerode from 'dockerode';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import dockerignore from '@balena/dockerignore';
import { pack } from 'tar-fs';
import type { Engine } from './engine';
import { dockerOf } from './actionsDocker';
import { toActionError } from './actionsErrors';
import { EngineError } from './errors';
import { destroyOnAbort, jsonLines, untilAborted } from './actionsStreams';
import type { ProgressEvent } from './actionsTypes';
import { readBounded } from '../files/boundedRead';

/**
 * The files of `contextDir` that go into the build context, as '/'-separated relative paths.
 * The Dockerfile and .dockerignore are always sent (the engine needs them), as the CLI does.
 */
export async function contextEntries(contextDir: string, dockerfile = 'Dockerfile'): Promise<string[]> {
  // no .dockerignore: send everything; one that is not a regular file (a symlink to /dev/zero) stops the build
  const read = readBounded(path.join(contextDir, '.dockerignore'));
  if (!read.ok && !read.missing) throw new Error(`The build context's .dockerignore was not read: ${read.reason}.`);
  const rules = read.ok ? read.text : '';
  const ig = dockerignore({ ignorecase: false }).add(rules);
  const hasExceptions = rules.split(/\r?\n/).some((l) => l.trim().startsWith('!'));
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await fs.readdir(path.join(contextDir, rel), { withFileTypes: true });
    for (const e of entries) {
      const p = rel ? `${rel}/${e.name}` : e.name;
      const ignored = ig.ignores(p);
      if (e.isDirectory()) {
        // without "!" exceptions an ignored directory cannot contain anything that is sent
        if (ignored && !hasExceptions) continue;
        await walk(p);
      } else if (!ignored) {
        out.push(p);
      }
    }
  };
  await walk('');
  const dockerfileRel = path.relative(contextDir, path.resolve(contextDir, dockerfile)).split(path.sep).join('/');
  for (const must of [dockerfileRel, '.dockerignore']) {
    if (!out.includes(must) && !must.startsWith('..')) {
      const exists = await fs.stat(path.join(contextDir, must)).then(
        (s) => s.isFile(),
        () => false,
      );
      if (exists) out.push(must);
    }
  }
  return out.sort();
}

export interface BuildOptions {
  contextDir: string;
  /** path of the Dockerfile relative to the context (default "Dockerfile") */
  dockerfile?: string;
  tags?: string[];
  buildArgs?: Record<string, string>;
  labels?: Record<string, string>;
  noCache?: boolean;
  target?: string;
  /** network for RUN steps (`docker build --network`), e.g. "none", "host" */
  networkMode?: string;
  signal?: AbortSignal;
}

/** Streams the build output (`stream` text and `aux` image id); throws EngineError on a failed step. */
export async function* buildImage(engine: Engine, opts: BuildOptions): AsyncGenerator<ProgressEvent> {
  const docker = dockerOf(engine);
  const dockerfile = opts.dockerfile ?? 'Dockerfile';
  const what = `Build ${opts.tags?.[0] ?? opts.contextDir}`;
  const dfRel = path.relative(opts.contextDir, path.resolve(opts.contextDir, dockerfile));
  if (dfRel.startsWith('..'))
    throw new EngineError(
      'badRequest',
      `${what} failed: the Dockerfile must be inside the build context ${opts.contextDir}.`,
    );
  let stream: NodeJS.ReadableStream;
  try {
    const entries = await contextEntries(opts.contextDir, dockerfile);
    const tar = pack(opts.contextDir, { entries });
    stream = (await docker.buildImage(
      tar as never,
      {
        t: opts.tags,
        dockerfile: dfRel.split(path.sep).join('/'),
        buildargs: opts.buildArgs,
        labels: opts.labels,
        nocache: !!opts.noCache,
        target: opts.target,
        networkmode: opts.networkMode,
        // a failed step's container goes too (the classic builder keeps it otherwise: an exited container nobody asked for)
        forcerm: true,
        abortSignal: opts.signal,
      } as Dockerode.ImageBuildOptions,
    )) as NodeJS.ReadableStream;
  } catch (err) {
    if (opts.signal?.aborted) return;
    throw toActionError(err, what);
  }
  const off = destroyOnAbort(stream, opts.signal);
  try {
    for await (const msg of untilAborted(jsonLines(stream as unknown as AsyncIterable<Buffer>), opts.signal, what)) {
      const errorText =
        (msg.errorDetail as { message?: string } | undefined)?.message ??
        (typeof msg.error === 'string' ? msg.error : undefined);
      if (errorText) throw new EngineError('unknown', `${what} failed: ${errorText.trim()}`);
      const ev: ProgressEvent = { status: typeof msg.status === 'string' ? msg.status : '' };
      if (typeof msg.stream === 'string') ev.stream = msg.stream;
      if (typeof msg.text === 'string') ev.stream = `${msg.text}\n`;
      if (typeof msg.id === 'string') ev.id = msg.id;
      if (msg.aux !== undefined) ev.aux = msg.aux;
      yield ev;
    }
  } finally {
    off();
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
}

/** The image id reported by a finished build (aux.ID), if any. */
export function builtImageId(ev: ProgressEvent): string | undefined {
  const id = (ev.aux as { ID?: string } | undefined)?.ID;
  return typeof id === 'string' ? id : undefined;
}
