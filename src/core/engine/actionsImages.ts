// Image verbs: pull/push with progress, tag, remove, history, search.
import type Dockerode from 'dockerode';
import type { Engine } from './engine';
import { dockerOf } from './actionsDocker';
import { engineMessage, toActionError } from './actionsErrors';
import { EngineError } from './errors';
import { destroyOnAbort, jsonLines, untilAborted } from './actionsStreams';
import type { AuthConfig, ImageHistoryEntry, ProgressEvent, SearchResult } from './actionsTypes';
import { pathSegment } from './pathSegment';

/** One JSON message of a pull/push/build stream → ProgressEvent. */
export function parseProgress(msg: Record<string, unknown>): ProgressEvent {
  const detail = (msg.progressDetail ?? {}) as { current?: number; total?: number };
  const errorDetail = msg.errorDetail as { message?: string } | undefined;
  const ev: ProgressEvent = { status: typeof msg.status === 'string' ? msg.status : '' };
  if (typeof msg.id === 'string') ev.id = msg.id;
  if (typeof detail.current === 'number') ev.current = detail.current;
  if (typeof detail.total === 'number' && detail.total > 0) ev.total = detail.total;
  if (typeof msg.stream === 'string') ev.stream = msg.stream;
  if (typeof msg.error === 'string' || errorDetail?.message) ev.error = String(msg.error ?? errorDetail?.message);
  if (typeof msg.text === 'string') ev.stream = msg.text + '\n';
  if (msg.aux !== undefined) ev.aux = msg.aux;
  return ev;
}

/** "repo:tag", "repo@sha256:…", "host:5000/repo" → the parts the Engine API wants. */
export function splitReference(ref: string): { repo: string; tag: string } {
  const at = ref.indexOf('@');
  if (at >= 0) return { repo: ref.slice(0, at), tag: ref.slice(at + 1) };
  const colon = ref.lastIndexOf(':');
  if (colon > ref.lastIndexOf('/')) return { repo: ref.slice(0, colon), tag: ref.slice(colon + 1) };
  return { repo: ref, tag: 'latest' };
}

async function* progressStream(
  stream: NodeJS.ReadableStream,
  what: string,
  signal?: AbortSignal,
): AsyncGenerator<ProgressEvent> {
  const off = destroyOnAbort(stream, signal);
  try {
    for await (const msg of untilAborted(jsonLines(stream as unknown as AsyncIterable<Buffer>), signal, what)) {
      const ev = parseProgress(msg);
      if (ev.error) throw streamError(ev.error, what);
      yield ev;
    }
  } finally {
    off();
    (stream as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
}

/** An error reported inside a pull/push stream; unauthorised ones carry the login hint. */
export function streamError(text: string, what: string): EngineError {
  if (/unauthorized|authentication required|denied: requested access|no basic auth credentials/i.test(text)) {
    return new EngineError(
      'permission',
      `${what} failed: ${text}. Log in to the registry first (Docker: Log In to Registry…).`,
    );
  }
  return new EngineError('unknown', `${what} failed: ${text}`);
}

/** X-Registry-Auth as the CLI sends it: base64url of the JSON AuthConfig; `{}` (anonymous) without credentials. */
export function registryAuthHeader(auth: AuthConfig | undefined): string {
  return Buffer.from(JSON.stringify(auth ?? {}))
    .toString('base64')
    .replace(/\+/g, '-')
    .replace(/\//g, '_');
}

/** POST /images/create; ends when the pull completes, throws EngineError on failure, stops on abort. */
export async function* pullImage(
  engine: Engine,
  ref: string,
  opts: { signal?: AbortSignal; auth?: AuthConfig } = {},
): AsyncGenerator<ProgressEvent> {
  const what = `Pull ${ref}`;
  // outside the try: an engine without a client fails with its own error, not as a registry miss
  const docker = dockerOf(engine);
  let stream: NodeJS.ReadableStream;
  try {
    stream = (await docker.pull(ref, {
      abortSignal: opts.signal,
      ...(opts.auth ? { authconfig: { base64: registryAuthHeader(opts.auth) } } : {}),
    } as object)) as unknown as NodeJS.ReadableStream;
  } catch (err) {
    if (opts.signal?.aborted) return;
    throw pullError(err, what);
  }
  yield* progressStream(stream, what, opts.signal);
}

function pullError(err: unknown, what: string): EngineError {
  const text = engineMessage(err);
  if (
    /no such host|dial tcp|i\/o timeout|connection refused|network is unreachable|TLS handshake|Client.Timeout/i.test(
      text,
    )
  ) {
    return new EngineError(
      'unreachable',
      `${what} failed: the registry is not reachable from the engine (${text}).`,
      undefined,
      { cause: err },
    );
  }
  if (/unauthorized|authentication required|denied|no basic auth credentials/i.test(text))
    return streamError(text, what);
  const platform = /no matching manifest for (\S+)/.exec(text);
  if (platform)
    return new EngineError(
      'notFound',
      `${what} failed: the registry has no manifest for ${platform[1]} (${text}).`,
      404,
      {
        cause: err,
      },
    );
  if (/manifest unknown|not found|does not exist/i.test(text)) {
    return new EngineError('notFound', `${what} failed: no such image or tag in the registry (${text}).`, 404, {
      cause: err,
    });
  }
  return toActionError(err, what);
}

export async function* pushImage(
  engine: Engine,
  ref: string,
  opts: { signal?: AbortSignal; auth?: AuthConfig } = {},
): AsyncGenerator<ProgressEvent> {
  const what = `Push ${ref}`;
  const { repo, tag } = splitReference(ref);
  let stream: NodeJS.ReadableStream;
  try {
    // the engine requires an X-Registry-Auth header even when empty (anonymous)
    stream = (await dockerOf(engine)
      .getImage(pathSegment('image', repo))
      .push({
        tag,
        abortSignal: opts.signal,
        authconfig: { base64: registryAuthHeader(opts.auth) },
      } as Dockerode.ImagePushOptions)) as NodeJS.ReadableStream;
  } catch (err) {
    if (opts.signal?.aborted) return;
    throw pullError(err, what);
  }
  yield* progressStream(stream, what, opts.signal);
}

export async function tagImage(engine: Engine, source: string, target: string): Promise<void> {
  const { repo, tag } = splitReference(target);
  try {
    await dockerOf(engine).getImage(pathSegment('image', source)).tag({ repo, tag });
  } catch (err) {
    throw toActionError(err, `Tag ${source} as ${target}`);
  }
}

/** Removes an image (or one of its tags when given repo:tag). Returns the engine's untagged/deleted list. */
export async function removeImage(
  engine: Engine,
  ref: string,
  opts: { force?: boolean; noPrune?: boolean } = {},
): Promise<{ untagged: string[]; deleted: string[] }> {
  try {
    const res = (await dockerOf(engine)
      .getImage(pathSegment('image', ref))
      .remove({ force: !!opts.force, noprune: !!opts.noPrune })) as {
      Untagged?: string;
      Deleted?: string;
    }[];
    return {
      untagged: (res ?? []).flatMap((r) => (r.Untagged ? [r.Untagged] : [])),
      deleted: (res ?? []).flatMap((r) => (r.Deleted ? [r.Deleted] : [])),
    };
  } catch (err) {
    const e = toActionError(err, `Remove image ${ref}`);
    if (/must be forced|image is referenced in multiple repositories/.test(e.message)) {
      throw new EngineError(
        'conflict',
        `${e.message}. It has several tags: remove them one by one, or remove with "also untag all tags".`,
        e.statusCode,
        { cause: err },
      );
    }
    throw e;
  }
}

/** The characters an image reference is made of (name components, registry host and port, tag, digest). */
const REFERENCE_CHARS = /^[A-Za-z0-9][A-Za-z0-9._\-/:@]*$/;

/**
 * "Remove image and all its tags": untags one by one (no force), going on past failures so one refused tag
 * (e.g. the last one while a container uses the image) does not hide the others; a tag already gone counts as removed.
 */
export async function removeImageTags(
  engine: Engine,
  tags: readonly string[],
  opts: { onTag?: (tag: string, done: number) => void } = {},
): Promise<{ removed: string[]; failed: { tag: string; message: string }[] }> {
  const result = { removed: [] as string[], failed: [] as { tag: string; message: string }[] };
  let done = 0;
  for (const tag of tags) {
    try {
      // the engine would refuse it ("invalid reference format"); encoded into the path it would only be "not found"
      if (!REFERENCE_CHARS.test(tag)) throw new EngineError('unknown', `Remove image ${tag}: invalid reference format`);
      await removeImage(engine, tag);
      result.removed.push(tag);
    } catch (e) {
      if (e instanceof EngineError && e.kind === 'notFound') result.removed.push(tag);
      else result.failed.push({ tag, message: e instanceof Error ? e.message : String(e) });
    }
    opts.onTag?.(tag, ++done);
  }
  return result;
}

export async function imageHistory(engine: Engine, ref: string): Promise<ImageHistoryEntry[]> {
  try {
    const h = (await dockerOf(engine).getImage(pathSegment('image', ref)).history()) as {
      Id: string;
      Created: number;
      CreatedBy: string;
      Size: number;
      Tags: string[] | null;
      Comment: string;
    }[];
    return h.map((e) => ({
      id: e.Id,
      created: e.Created,
      createdBy: e.CreatedBy,
      size: e.Size,
      tags: e.Tags ?? [],
      comment: e.Comment ?? '',
    }));
  } catch (err) {
    throw toActionError(err, `History of ${ref}`);
  }
}

/** GET /images/search (the engine asks Docker Hub). */
export async function searchImages(
  engine: Engine,
  term: string,
  limit = 25,
  signal?: AbortSignal,
): Promise<SearchResult[]> {
  try {
    const r = (await dockerOf(engine).searchImages({ term, limit, abortSignal: signal } as never)) as {
      name: string;
      description: string;
      star_count: number;
      is_official: boolean;
      is_automated: boolean;
    }[];
    return r.map((x) => ({
      name: x.name,
      description: x.description ?? '',
      stars: x.star_count ?? 0,
      official: !!x.is_official,
      automated: !!x.is_automated,
    }));
  } catch (err) {
    const text = engineMessage(err);
    if (
      /no such host|dial tcp|i\/o timeout|connection refused|network is unreachable|Client.Timeout|lookup /i.test(text)
    ) {
      // "Get "https://index.docker.io/v1/search?q=…": dial tcp: lookup index.docker.io on 10.0.0.53:53: no such host"
      const lookup = /lookup (\S+?)(?: on \S+)?: (no such host|[^:]+)$/.exec(text);
      const why = lookup ? `lookup ${lookup[1]}: ${lookup[2]}` : text.replace(/^Get "[^"]*": /, '');
      throw new EngineError(
        'unreachable',
        `Docker Hub is not reachable from the engine (${why}) — check the engine's network or proxy.`,
        undefined,
        { cause: err },
      );
    }
    throw toActionError(err, `Search Docker Hub for "${term}"`);
  }
}
