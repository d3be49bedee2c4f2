import { createReadStream, createWriteStream, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleHelpers } from '../../src/core/engine/filesHelper';
import { containerArchive } from '../../src/core/engine/files';
import { copyFromContainer, copyToContainer } from '../../src/core/files/copy';
import { FilesError } from '../../src/core/files/errors';
import { VolumeFiles } from '../../src/core/files/volumeFiles';
import { backupVolume, cloneVolume, restoreVolume } from '../../src/core/files/volumeTransfer';
import { tempDir } from './engineFixtures';
import { docker, setupFiles, testImage, type FilesEnv } from './filesHelpers';

let t: FilesEnv;
beforeAll(async () => {
  t = await setupFiles('files-volumes');
});
afterAll(async () => {
  await t.cleanup();
});

/** `md5sum` of every file in the volume, by path, read by a container of our own */
function checksums(volume: string): string {
  return docker(
    'run',
    '--rm',
    '--network',
    'none',
    '--label',
    'stevedore.test=files-volumes',
    '-v',
    `${volume}:/v:ro`,
    testImage,
    'sh',
    '-c',
    'cd /v && find . -type f -exec md5sum {} + | sort -k 2 && find . | sort && ls -ln ./sub',
  );
}

function fill(volume: string): void {
  docker(
    'run',
    '--rm',
    '--network',
    'none',
    '--label',
    'stevedore.test=files-volumes',
    '-v',
    `${volume}:/v`,
    testImage,
    'sh',
    '-c',
    'mkdir -p "/v/sub/deep dir" && echo one > /v/a.txt && echo "ünï" > "/v/sub/deep dir/-x" && ' +
      'dd if=/dev/urandom of=/v/sub/blob bs=1k count=300 2>/dev/null && chown 33:33 /v/sub/blob && ln -s a.txt /v/link',
  );
}

const helpers = async () =>
  (await t.client.listContainers({ all: true, filters: { label: ['stevedore.helper'] } })).filter(
    (c) => c.Labels['stevedore.test.run'] === t.labels['stevedore.test.run'],
  );

describe('volume files (integration)', () => {
  it('browses a volume read-only through a labelled helper, writes once opted in, and removes the helper', async () => {
    const vol = await t.volume();
    fill(vol);
    const files = new VolumeFiles(() => t.engine, { image: async () => testImage, labels: t.labels });
    const fs = await files.fs(vol);
    expect((await fs.list('/')).map((e) => `${e.kind}:${e.name}`)).toEqual([
      'directory:sub',
      'file:a.txt',
      'symlink:link',
    ]);
    expect(new TextDecoder().decode(await fs.read('/link'))).toBe('one\n');
    const helper = await helpers();
    expect(helper).toHaveLength(1);
    expect(helper[0]?.Labels['stevedore.helper.volume']).toBe(vol);
    const err = await fs
      .write('/new', new Uint8Array([1]), { create: true, overwrite: false })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FilesError);
    expect((err as FilesError).message).toMatch(/read-only/);
    await files.setWritable(vol, true);
    const rw = await files.fs(vol);
    await rw.write('/new file', new TextEncoder().encode('written\n'), { create: true, overwrite: false });
    await rw.rename('/new file', '/renamed', { overwrite: false });
    await rw.delete('/a.txt', { recursive: false });
    expect(checksums(vol)).toContain('./renamed');
    expect(checksums(vol)).not.toContain('./a.txt');
    await files.dispose();
    expect(await helpers()).toHaveLength(0);
  });

  it('backs a volume up to .tar.gz and restores it into a new volume with the same checksums; refuses a non-empty one', async () => {
    const src = await t.volume();
    fill(src);
    const dir = tempDir('stv-vol-');
    const file = join(dir, 'backup.tar.gz');
    let progress = 0;
    const out = createWriteStream(file);
    await backupVolume(t.engine, src, out, { image: testImage, labels: t.labels, onProgress: (n) => (progress = n) });
    await finished(out);
    expect(progress).toBeGreaterThan(300 * 1024);
    expect(readFileSync(file).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    const dst = await t.volume();
    await restoreVolume(t.engine, dst, createReadStream(file), { image: testImage, labels: t.labels });
    expect(checksums(dst)).toBe(checksums(src));
    const again = await restoreVolume(t.engine, dst, createReadStream(file), {
      image: testImage,
      labels: t.labels,
    }).catch((e: unknown) => e);
    expect((again as FilesError).code).toBe('exists');
    expect((again as FilesError).message).toContain(`Volume ${dst} is not empty`);
    const cloned = await t.volume();
    await cloneVolume(t.engine, src, cloned, { image: testImage, labels: t.labels });
    expect(checksums(cloned)).toBe(checksums(src));
    expect(await helpers()).toHaveLength(0);
    expect(await staleHelpers(t.engine, 0)).toEqual([]);
  });

  it('docker cp both ways: a folder with hostile names into a stopped container, and back out', async () => {
    const id = await t.container({ stopped: true });
    const dir = tempDir('stv-cp-');
    mkdirSync(join(dir, 'up load', '-dash'), { recursive: true });
    writeFileSync(join(dir, 'up load', '-dash', 'ünï.txt'), 'hello\n');
    const a = containerArchive(t.engine);
    await copyToContainer(a, id, join(dir, 'up load'), '/');
    const back = tempDir('stv-cp-back-');
    await copyFromContainer(a, id, '/up load', back);
    expect(readFileSync(join(back, 'up load', '-dash', 'ünï.txt'), 'utf8')).toBe('hello\n');
    await t.client.getContainer(id).start();
    expect(docker('exec', id, 'cat', '/up load/-dash/ünï.txt')).toBe('hello\n');
    expect(statSync(join(back, 'up load')).isDirectory()).toBe(true);
  });
});
