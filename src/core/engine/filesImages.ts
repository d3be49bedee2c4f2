// Images and containers as files: commit, save/load, export/import, and what `docker top`/`docker diff` show.
import type { Readable } from 'node:stream';
import type { Engine } from './engine';
import { display } from './actionsContainers';
import { dockerOf } from './actionsDocker';
import { toActionError } from './actionsErrors';
import { jsonLines } from './actionsStreams';
import { streamError } from './actionsImages';

export interface CommitSpec {
  /** `repo[:tag]`; empty makes an untagged image */
  reference?: string;
  message?: string;
  author?: string;
  /** Dockerfile instructions applied to the image (`CMD ["sh"]`, `ENV A=1`, …) */
  changes?: string[];
  /** pause the container while committing (the CLI's default) */
  pause?: boolean;
}

function splitRef(ref: string): { repo?: string; tag?: string } {
  if (!ref) return {};
  const at = ref.lastIndexOf(':');
  return at > ref.lastIndexOf('/') ? { repo: ref.slice(0, at), tag: ref.slice(at + 1) } : { repo: ref, tag: 'latest' };
}

/** `docker commit`: returns the new image's id. */
export async function commitContainer(engine: Engine, id: string, spec: CommitSpec): Promise<string> {
  try {
    const r = (await dockerOf(engine)
      .getContainer(id)
      .commit({
        ...splitRef(spec.reference ?? ''),
        comment: spec.message,
        author: spec.author,
        changes: spec.changes?.length ? spec.changes : undefined,
        pause: spec.pause ?? true,
      })) as { Id?: string };
    return r.Id ?? '';
  } catch (err) {
    throw toActionError(err, `Commit container ${display(id)}`);
  }
}

/** `docker save`: one tar holding every image in `refs` (tags kept). */
export async function saveImages(engine: Engine, refs: string[], signal?: AbortSignal): Promise<Readable> {
  try {
    // dockerode has getImages (GET /images/get?names=…) without a typing for it
    const docker = dockerOf(engine) as unknown as { getImages(o: object): Promise<Readable> };
    return await docker.getImages({ names: refs, abortSignal: signal });
  } catch (err) {
    throw toActionError(err, `Save ${refs.join(', ')}`);
  }
}

/** `docker load`: returns the engine's lines ("Loaded image: busybox:latest"). */
export async function loadImages(engine: Engine, tar: Readable, signal?: AbortSignal): Promise<string[]> {
  const what = 'Load images';
  try {
    const res = (await dockerOf(engine).loadImage(tar, { quiet: true, abortSignal: signal })) as Readable;
    const lines: string[] = [];
    for await (const msg of jsonLines(res)) {
      const m = msg as { stream?: string; error?: string };
      if (m.error) throw streamError(m.error, what);
      if (m.stream?.trim()) lines.push(m.stream.trim());
    }
    return lines;
  } catch (err) {
    throw toActionError(err, what);
  }
}

/** `docker export`: the container's file system as a tar. */
export async function exportContainer(engine: Engine, id: string, signal?: AbortSignal): Promise<Readable> {
  try {
    return (await dockerOf(engine).getContainer(id).export({ abortSignal: signal })) as Readable;
  } catch (err) {
    throw toActionError(err, `Export container ${display(id)}`);
  }
}

/** `docker import`: a file system tar (plain or compressed) becomes an image; returns its id. */
export async function importImage(
  engine: Engine,
  tar: Readable,
  spec: { reference?: string; message?: string; changes?: string[]; signal?: AbortSignal },
): Promise<string> {
  const what = 'Import image';
  try {
    const { repo, tag } = splitRef(spec.reference ?? '');
    const res = (await dockerOf(engine).importImage(tar, {
      repo,
      tag,
      message: spec.message,
      changes: spec.changes?.length ? spec.changes : undefined,
      abortSignal: spec.signal,
    })) as Readable;
    let id = '';
    for await (const msg of jsonLines(res)) {
      const m = msg as { status?: string; error?: string };
      if (m.error) throw streamError(m.error, what);
      if (m.status && /^sha256:/.test(m.status)) id = m.status;
    }
    return id;
  } catch (err) {
    throw toActionError(err, what);
  }
}

/** Sizes to show before a save/export starts (the tar is about this big). */
export async function imagesSize(engine: Engine, refs: string[]): Promise<number> {
  const docker = dockerOf(engine);
  const seen = new Map<string, number>();
  for (const r of refs) {
    const i = (await docker.getImage(r).inspect()) as { Id: string; Size?: number };
    seen.set(i.Id, i.Size ?? 0);
  }
  return [...seen.values()].reduce((a, b) => a + b, 0);
}

export async function containerFsSize(engine: Engine, id: string): Promise<number> {
  const container = dockerOf(engine).getContainer(id) as unknown as {
    inspect(o: object): Promise<{ SizeRootFs?: number }>;
  };
  const c = await container.inspect({ size: true });
  return c.SizeRootFs ?? 0;
}

export interface ProcessTable {
  titles: string[];
  processes: string[][];
}

/** `docker top` (running containers only). */
export async function topContainer(engine: Engine, id: string, psArgs?: string): Promise<ProcessTable> {
  try {
    const r = (await dockerOf(engine)
      .getContainer(id)
      .top(psArgs ? { ps_args: psArgs } : {})) as { Titles?: string[]; Processes?: string[][] };
    return { titles: r.Titles ?? [], processes: r.Processes ?? [] };
  } catch (err) {
    throw toActionError(err, `List the processes of ${display(id)}`);
  }
}

export type ChangeKind = 'A' | 'C' | 'D';

/** `docker diff`: what changed in the container's writable layer. */
export async function containerChanges(engine: Engine, id: string): Promise<{ path: string; kind: ChangeKind }[]> {
  try {
    const r = ((await dockerOf(engine).getContainer(id).changes()) ?? []) as { Path: string; Kind: number }[];
    return r.map((c) => ({ path: c.Path, kind: c.Kind === 1 ? 'A' : c.Kind === 2 ? 'D' : 'C' }));
  } catch (err) {
    throw toActionError(err, `List the changes in ${display(id)}`);
  }
}
