import { Readable } from 'node:stream';
import { pack } from 'tar-stream';
import { describe, expect, it } from 'vitest';
import { listFromArchive } from './listing';
import { firstEntry, tarOf } from './tarOne';

function tarStream(
  entries: { name: string; type?: 'file' | 'directory' | 'symlink'; body?: string; linkname?: string }[],
) {
  const p = pack();
  for (const e of entries) {
    if (e.type === 'file' || !e.type) p.entry({ name: e.name, mode: 0o640, mtime: new Date(1000) }, e.body ?? '');
    else p.entry({ name: e.name, type: e.type, linkname: e.linkname, mode: 0o755 });
  }
  p.finalize();
  return p as unknown as Readable;
}

describe('tars (unit)', () => {
  it('lists only the direct children of the archived directory, with kinds, sizes and link targets', async () => {
    const entries = await listFromArchive(
      tarStream([
        { name: 'etc/', type: 'directory' },
        { name: 'etc/a b.conf', body: 'hello' },
        { name: 'etc/sub/', type: 'directory' },
        { name: 'etc/sub/deep', body: 'x'.repeat(100_000) },
        { name: 'etc/link', type: 'symlink', linkname: '../a' },
      ]),
    );
    expect(entries.map((e) => [e.name, e.kind, e.size, e.linkTarget])).toEqual([
      ['a b.conf', 'file', 5, undefined],
      ['sub', 'directory', 0, undefined],
      ['link', 'symlink', 0, '../a'],
    ]);
    expect(entries[0]!.perm).toBe(0o640);
  });

  it('round-trips one file through tarOf and firstEntry, keeping mode and owner; skips the body over the limit', async () => {
    const tar = await tarOf('x.txt', { kind: 'file', data: Buffer.from('data'), perm: 0o600 }, { uid: 7, gid: 8 });
    const { header, data } = await firstEntry(Readable.from([tar]), { maxBytes: 10 });
    expect(header).toMatchObject({ name: 'x.txt', mode: 0o600, uid: 7, gid: 8, size: 4 });
    expect(data.toString()).toBe('data');
    const big = await firstEntry(Readable.from([tar]), { maxBytes: 2 });
    expect(big.header.size).toBe(4);
    expect(big.data.length).toBe(0);
  });

  it('an empty archive is reported as not found, not hung on', async () => {
    const p = pack();
    p.finalize();
    await expect(firstEntry(p as unknown as Readable, { maxBytes: 10 })).rejects.toMatchObject({ code: 'notFound' });
  });
});
