// Volume ↔ .tar.gz and volume → volume, through created (never started) helper containers: the archive
// endpoints work on them, so no command runs and the image only has to exist.
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { containerArchive } from '../engine/files';
import { createHelper, helperMount, removeHelper } from '../engine/filesHelper';
import type { Engine } from '../engine/engine';
import { ContainerFs } from './containerFs';
import { FilesError } from './errors';

export interface TransferOptions {
  image: string;
  /** bytes moved so far (uncompressed tar bytes for backup and clone, file bytes for restore) */
  onProgress?: (bytes: number) => void;
  signal?: AbortSignal;
  labels?: Record<string, string>;
}

function counter(onProgress?: (bytes: number) => void): PassThrough {
  let n = 0;
  const t = new PassThrough();
  t.on('data', (c: Buffer) => onProgress?.((n += c.length)));
  return t;
}

async function withHelper<T>(
  engine: Engine,
  volume: string,
  readOnly: boolean,
  o: TransferOptions,
  fn: (id: string) => Promise<T>,
): Promise<T> {
  const id = await createHelper(engine, { image: o.image, volume, readOnly, run: false, labels: o.labels });
  try {
    return await fn(id);
  } finally {
    await removeHelper(engine, id).catch(() => undefined);
  }
}

/** The names at the top of `volume` (empty when the volume is empty). */
export async function volumeEntries(engine: Engine, volume: string, o: TransferOptions): Promise<string[]> {
  return withHelper(engine, volume, true, o, async (id) => {
    const fs = new ContainerFs(containerArchive(engine), id, { root: helperMount, label: `volume ${volume}` });
    return (await fs.list('/', o.signal)).map((e) => e.name);
  });
}

/** Fails with a message naming the volume and what is in it, unless it is empty. */
export async function assertEmpty(engine: Engine, volume: string, o: TransferOptions): Promise<void> {
  const names = await volumeEntries(engine, volume, o);
  if (!names.length) return;
  const shown = names.slice(0, 5).join(', ') + (names.length > 5 ? `, … (${names.length} in all)` : '');
  throw new FilesError('exists', `Volume ${volume} is not empty (${shown}).`);
}

/** Writes `volume`'s content as a gzipped tar (entries `./…`) to `out`. */
export async function backupVolume(engine: Engine, volume: string, out: Writable, o: TransferOptions): Promise<void> {
  await withHelper(engine, volume, true, o, async (id) => {
    const tar = await containerArchive(engine).get(id, `${helperMount}/.`, o.signal);
    await pipeline(tar, counter(o.onProgress), createGzip(), out, { signal: o.signal });
  });
}

/**
 * Extracts a tar (plain or gzip/bzip2/xz compressed: the engine detects it) into `volume`. Refuses a non-empty
 * volume unless `overwrite` (the caller has asked the user, naming the volume).
 */
export async function restoreVolume(
  engine: Engine,
  volume: string,
  input: Readable,
  o: TransferOptions & { overwrite?: boolean },
): Promise<void> {
  if (!o.overwrite) await assertEmpty(engine, volume, o);
  await withHelper(engine, volume, false, o, async (id) => {
    const body = counter(o.onProgress);
    input.pipe(body);
    input.on('error', (e) => body.destroy(e));
    await containerArchive(engine).put(id, helperMount, body, { signal: o.signal });
  });
}

/** Copies everything in `from` into `to` (which must be empty unless `overwrite`). */
export async function cloneVolume(
  engine: Engine,
  from: string,
  to: string,
  o: TransferOptions & { overwrite?: boolean },
): Promise<void> {
  if (!o.overwrite) await assertEmpty(engine, to, o);
  await withHelper(engine, from, true, o, (src) =>
    withHelper(engine, to, false, o, async (dst) => {
      const a = containerArchive(engine);
      const tar = await a.get(src, `${helperMount}/.`, o.signal);
      const body = counter(o.onProgress);
      tar.pipe(body);
      tar.on('error', (e) => body.destroy(e));
      await a.put(dst, helperMount, body, { signal: o.signal });
    }),
  );
}
