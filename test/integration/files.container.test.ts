import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { containerArchive } from '../../src/core/engine/files';
import { ContainerFs } from '../../src/core/files/containerFs';
import { FilesError } from '../../src/core/files/errors';
import { docker, setupFiles, type FilesEnv } from './filesHelpers';

let t: FilesEnv;
beforeAll(async () => {
  t = await setupFiles('files');
});
afterAll(async () => {
  await t.cleanup();
});

const fsOf = (id: string) => new ContainerFs(containerArchive(t.engine), id, { label: `container ${id.slice(0, 12)}` });
const text = (s: string) => new TextEncoder().encode(s);
const cat = (id: string, path: string) => docker('exec', id, 'cat', '--', path);

async function failure(p: Promise<unknown>): Promise<FilesError> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FilesError);
  return err as FilesError;
}

const hostile = ['with space.txt', 'ünïcødé ✓.txt', '-leading-dash', '--', 'quote\'"$(x).txt'];

describe('container files (integration)', () => {
  it('lists a directory sorted, with symlinks shown as such, in running and stopped containers alike', async () => {
    const running = await t.container();
    docker(
      'exec',
      running,
      'sh',
      '-c',
      'mkdir -p /w/sub && echo hi > /w/b.txt && ln -s /etc /w/etc-link && ln -s b.txt /w/a-link && ln -s nowhere /w/dangling',
    );
    docker('commit', running, `${t.prefix}img`);
    docker('image', 'tag', `${t.prefix}img`, `${t.prefix}img:x`);
    docker('image', 'rm', `${t.prefix}img`);
    const stoppedC = await t.client.createContainer({ Image: `${t.prefix}img:x`, Cmd: ['true'], Labels: t.labels });
    for (const id of [running, stoppedC.id]) {
      const entries = await fsOf(id).list('/w');
      expect(entries.map((e) => e.name)).toEqual(['etc-link', 'sub', 'a-link', 'b.txt', 'dangling']);
      const byName = Object.fromEntries(entries.map((e) => [e.name, e]));
      expect(byName['etc-link']).toMatchObject({ kind: 'symlink', targetKind: 'directory' });
      expect(byName['a-link']).toMatchObject({ kind: 'symlink', targetKind: 'file' });
      expect(byName['dangling']?.targetKind).toBeUndefined();
      expect(byName['b.txt']).toMatchObject({ kind: 'file', size: 3, perm: 0o644 });
      expect(byName['sub']?.kind).toBe('directory');
      expect(new TextDecoder().decode(await fsOf(id).read('/w/a-link'))).toBe('hi\n');
    }
    await stoppedC.remove({ force: true });
    docker('image', 'rm', `${t.prefix}img:x`);
  });

  it('opens, edits, saves, creates, renames, uploads and deletes files with hostile names in a running container', async () => {
    const id = await t.container();
    const fs = fsOf(id);
    await fs.mkdir('/work dir');
    for (const name of hostile) {
      const p = `/work dir/${name}`;
      await fs.write(p, text(`first ${name}\n`), { create: true, overwrite: false });
      expect(cat(id, p)).toBe(`first ${name}\n`);
      expect(new TextDecoder().decode(await fs.read(p))).toBe(`first ${name}\n`);
      await fs.write(p, text('edited\n'), { create: false, overwrite: true });
      expect(cat(id, p)).toBe('edited\n');
      await fs.rename(p, `${p}.moved`, { overwrite: false });
      expect(cat(id, `${p}.moved`)).toBe('edited\n');
      expect((await failure(fs.stat(p))).code).toBe('notFound');
    }
    expect((await fs.list('/work dir')).map((e) => e.name).sort()).toEqual(hostile.map((n) => `${n}.moved`).sort());
    expect((await failure(fs.write('/work dir/--.moved', text('x'), { create: true, overwrite: false }))).code).toBe(
      'exists',
    );
    await fs.delete('/work dir/--.moved', { recursive: false });
    expect(docker('exec', id, 'ls', '-A', '/work dir').split('\n')).not.toContain('--.moved');
    await fs.delete('/work dir', { recursive: true });
    expect(() => docker('exec', id, 'ls', '/work dir')).toThrow();
  });

  it('a save keeps the file mode and owner', async () => {
    const id = await t.container();
    docker(
      'exec',
      id,
      'sh',
      '-c',
      'echo "#!/bin/sh" > /tmp/run.sh && chmod 750 /tmp/run.sh && chown 1234:5678 /tmp/run.sh',
    );
    await fsOf(id).write('/tmp/run.sh', text('#!/bin/sh\necho new\n'), { create: false, overwrite: true });
    expect(docker('exec', id, 'stat', '-c', '%a %u %g', '/tmp/run.sh').trim()).toBe('750 1234 5678');
    expect(cat(id, '/tmp/run.sh')).toBe('#!/bin/sh\necho new\n');
  });

  it('reads, writes and creates in a stopped container; delete and rename say it must run', async () => {
    const id = await t.container({ stopped: true });
    const fs = fsOf(id);
    await fs.write('/etc/motd', text('from the editor\n'), { create: true, overwrite: true });
    await fs.mkdir('/srv');
    await fs.write('/srv/new file.txt', text('new\n'), { create: true, overwrite: false });
    expect(new TextDecoder().decode(await fs.read('/srv/new file.txt'))).toBe('new\n');
    const del = await failure(fs.delete('/srv/new file.txt', { recursive: false }));
    expect(del.code).toBe('needsRunning');
    expect(del.message).toMatch(/Start the container/);
    expect((await failure(fs.rename('/etc/motd', '/etc/motd2', { overwrite: false }))).code).toBe('needsRunning');
    await t.client.getContainer(id).start();
    expect(cat(id, '/etc/motd')).toBe('from the editor\n');
    expect(cat(id, '/srv/new file.txt')).toBe('new\n');
  });

  it('refuses to open a 60 MB file, saying how big it is and offering a download', async () => {
    const id = await t.container();
    docker('exec', id, 'dd', 'if=/dev/zero', 'of=/tmp/big.bin', 'bs=1M', 'count=60');
    const err = await failure(fsOf(id).read('/tmp/big.bin'));
    expect(err.code).toBe('tooLarge');
    expect(err.message).toMatch(/60\.0 MB|60 MB/);
    expect(err.message).toMatch(/Download/);
    const big = await fsOf(id).read('/tmp/big.bin', { maxBytes: Infinity });
    expect(big.byteLength).toBe(60 * 1024 * 1024);
  });

  it('a read-only container says so and refuses writes, except on its writable volume', async () => {
    const vol = await t.volume();
    const id = await t.container({ readOnly: true, volume: vol });
    const fs = fsOf(id);
    expect(await fs.readOnlyReason('/etc/hosts.txt')).toMatch(/read-only/);
    const err = await failure(fs.write('/root.txt', text('x'), { create: true, overwrite: false }));
    expect(err.code).toBe('readOnly');
    expect(err.message).toMatch(/--read-only/);
    expect(await fs.readOnlyReason('/data/x')).toBeUndefined();
    await fs.write('/data/x', text('ok\n'), { create: true, overwrite: false });
    expect(cat(id, '/data/x')).toBe('ok\n');
  });

  it('missing paths and directories are reported by cause', async () => {
    const id = await t.container();
    const fs = fsOf(id);
    expect((await failure(fs.read('/no/such/file'))).code).toBe('notFound');
    expect((await failure(fs.read('/etc'))).code).toBe('isDirectory');
    expect((await failure(fs.list('/bin/busybox'))).code).toBe('notDirectory');
    expect((await failure(fs.list('/nope'))).code).toBe('notFound');
  });
});
