// `docker cp` both ways over the archive endpoints: a local file or folder into a container directory, and a
// container path (file or folder) into a local directory.
import { basename, dirname, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { extract, pack } from 'tar-fs';
import type { ContainerArchive } from '../engine/files';
import { normalize } from './paths';

export interface CopyOptions {
  /** bytes of tar moved so far */
  onProgress?: (bytes: number) => void;
  signal?: AbortSignal;
}

function counter(onProgress?: (bytes: number) => void): PassThrough {
  let n = 0;
  const t = new PassThrough();
  if (onProgress) t.on('data', (c: Buffer) => onProgress((n += c.length)));
  return t;
}

/** Copies `localPath` (a file or a folder, with its name) into the container directory `dir`. */
export async function copyToContainer(
  archive: ContainerArchive,
  id: string,
  localPath: string,
  dir: string,
  o: CopyOptions = {},
): Promise<void> {
  const abs = resolve(localPath);
  const tar = pack(dirname(abs), { entries: [basename(abs)] });
  const body = counter(o.onProgress);
  tar.on('error', (e: Error) => body.destroy(e));
  tar.pipe(body);
  await archive.put(id, normalize(dir), body, { signal: o.signal });
}

/** Copies the container path `path` (a file or a folder, with its name) into the local directory `localDir`. */
export async function copyFromContainer(
  archive: ContainerArchive,
  id: string,
  path: string,
  localDir: string,
  o: CopyOptions = {},
): Promise<void> {
  const tar = await archive.get(id, normalize(path), o.signal);
  await pipeline(tar, counter(o.onProgress), extract(resolve(localDir)), { signal: o.signal });
}
