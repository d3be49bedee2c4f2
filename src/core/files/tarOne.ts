// One-entry tars: the body of the file an archive holds, the owner of its first entry, and a tar to PUT.
import type { Readable } from 'node:stream';
import { extract, pack, type Headers } from 'tar-stream';
import { FilesError } from './errors';

/** The first entry's header and (for a regular file of at most `maxBytes`) its bytes; the rest is not read. */
export function firstEntry(
  tar: Readable,
  opts: { maxBytes: number; headerOnly?: boolean },
): Promise<{ header: Headers; data: Buffer }> {
  return new Promise((resolve, reject) => {
    const ex = extract();
    let done = false;
    const finish = (result: Error | { header: Headers; data: Buffer }) => {
      if (done) return;
      done = true;
      tar.unpipe(ex);
      tar.destroy();
      if (result instanceof Error) reject(result);
      else resolve(result);
    };
    ex.on('entry', (header, body) => {
      // a directory's or link's header says enough; a file over the limit is not read
      if (
        opts.headerOnly ||
        header.type === 'directory' ||
        header.type === 'symlink' ||
        (header.size ?? 0) > opts.maxBytes
      ) {
        return finish({ header, data: Buffer.alloc(0) });
      }
      const chunks: Buffer[] = [];
      body.on('data', (c: Buffer) => chunks.push(c));
      body.on('end', () => finish({ header, data: Buffer.concat(chunks) }));
      body.on('error', (e: Error) => finish(e));
    });
    ex.on('finish', () => finish(new FilesError('notFound', 'The engine sent an empty archive.')));
    ex.on('error', (e: Error) => finish(e));
    tar.on('error', (e: Error) => finish(e));
    tar.pipe(ex);
  });
}

export interface Owner {
  uid: number;
  gid: number;
}

/** A tar of one regular file or directory named `name`, owned by `owner` (root when unknown). */
export function tarOf(
  name: string,
  entry: { kind: 'file'; data: Uint8Array; perm: number } | { kind: 'directory'; perm: number },
  owner: Owner = { uid: 0, gid: 0 },
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const p = pack();
    const chunks: Buffer[] = [];
    p.on('data', (c: Buffer) => chunks.push(c));
    p.on('end', () => resolve(Buffer.concat(chunks)));
    p.on('error', reject);
    const header: Headers = {
      name,
      mode: entry.perm,
      uid: owner.uid,
      gid: owner.gid,
      mtime: new Date(),
      type: entry.kind,
    };
    if (entry.kind === 'file') p.entry({ ...header, size: entry.data.byteLength }, Buffer.from(entry.data));
    else p.entry(header);
    p.finalize();
  });
}
