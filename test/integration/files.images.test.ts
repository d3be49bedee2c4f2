import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commitContainer,
  containerChanges,
  containerFsSize,
  exportContainer,
  imagesSize,
  importImage,
  loadImages,
  saveImages,
  topContainer,
} from '../../src/core/engine/filesImages';
import { tempDir } from './engineFixtures';
import { docker, setupFiles, testImage, type FilesEnv } from './filesHelpers';

let t: FilesEnv;
beforeAll(async () => {
  t = await setupFiles('files-images');
});
afterAll(async () => {
  for (const ref of docker('images', '--format', '{{.Repository}}:{{.Tag}}').split('\n')) {
    if (ref.startsWith(t.prefix)) docker('image', 'rm', '-f', ref);
  }
  await t.cleanup();
});

describe('images and containers as files (integration)', () => {
  it('commit keeps the change, message, author and Dockerfile changes', async () => {
    const id = await t.container();
    docker('exec', id, 'sh', '-c', 'echo committed > /marker');
    const ref = `${t.prefix}commit:v1`;
    const image = await commitContainer(t.engine, id, {
      reference: ref,
      message: 'a message',
      author: 'Ann <ann@example.com>',
      changes: ['ENV COMMITTED=yes', 'LABEL stevedore.test=files-images'],
    });
    expect(image).toMatch(/^sha256:/);
    const info = JSON.parse(docker('image', 'inspect', ref))[0];
    expect(info.Comment).toBe('a message');
    expect(info.Author).toBe('Ann <ann@example.com>');
    expect(info.Config.Env).toContain('COMMITTED=yes');
    expect(
      docker('run', '--rm', '--network', 'none', '--label', 'stevedore.test=files-images', ref, 'cat', '/marker'),
    ).toBe('committed\n');
  });

  it('save two images to one tar, remove them, load them back', async () => {
    const a = `${t.prefix}save:a`;
    const b = `${t.prefix}save:b`;
    docker('tag', testImage, a);
    const id = await t.container();
    docker('exec', id, 'touch', '/b');
    await commitContainer(t.engine, id, { reference: b, changes: ['LABEL stevedore.test=files-images'] });
    const size = await imagesSize(t.engine, [a, b]);
    expect(size).toBeGreaterThan(1_000_000);
    const file = join(tempDir('stv-save-'), 'images.tar');
    await pipeline(await saveImages(t.engine, [a, b]), createWriteStream(file));
    expect(statSync(file).size).toBeGreaterThan(size * 0.5);
    docker('image', 'rm', a, b);
    const loaded = await loadImages(t.engine, createReadStream(file));
    expect(loaded.join('\n')).toContain(a);
    expect(loaded.join('\n')).toContain(b);
    expect(docker('image', 'inspect', '-f', '{{.Id}}', b)).toMatch(/sha256:/);
  });

  it('export a container file system and import it as an image', async () => {
    const id = await t.container();
    docker('exec', id, 'sh', '-c', 'echo exported > /exported.txt');
    expect(await containerFsSize(t.engine, id)).toBeGreaterThan(1_000_000);
    const file = join(tempDir('stv-export-'), 'fs.tar');
    await pipeline(await exportContainer(t.engine, id), createWriteStream(file));
    const ref = `${t.prefix}import:v1`;
    const image = await importImage(t.engine, createReadStream(file), {
      reference: ref,
      message: 'imported',
      changes: ['CMD ["cat", "/exported.txt"]', 'LABEL stevedore.test=files-images'],
    });
    expect(image).toMatch(/^sha256:/);
    expect(docker('run', '--rm', '--network', 'none', '--label', 'stevedore.test=files-images', ref)).toBe(
      'exported\n',
    );
  });

  it('top lists the processes; diff marks added, changed and deleted paths', async () => {
    const id = await t.container();
    const top = await topContainer(t.engine, id);
    expect(top.titles).toContain('PID');
    expect(top.processes.some((p) => p.join(' ').includes('sleep 3600'))).toBe(true);
    docker('exec', id, 'sh', '-c', 'echo x > /added && echo y >> /bin/busybox.txt; rm /bin/ls && touch /etc/changed');
    const changes = await containerChanges(t.engine, id);
    const kinds = Object.fromEntries(changes.map((c) => [c.path, c.kind]));
    expect(kinds['/added']).toBe('A');
    expect(kinds['/bin/ls']).toBe('D');
    expect(kinds['/bin']).toBe('C');
  });
});
