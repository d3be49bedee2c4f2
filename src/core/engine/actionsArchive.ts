// Copy into a container through the archive API (PUT /containers/{id}/archive): the files go as one tar
// extracted at `/`, each entry at its absolute container path, so one request updates files in many directories.
import { pack } from 'tar-stream';
import type { Engine } from './engine';
import { display } from './actionsContainers';
import { dockerOf } from './actionsDocker';
import { toActionError } from './actionsErrors';

export interface ContainerFile {
  /** absolute path inside the container */
  path: string;
  content: Buffer;
  /** permission bits (default 0o644) */
  mode?: number;
  /** numeric owner in the container (default 0:0) */
  uid?: number;
  gid?: number;
}

export function tarOf(files: readonly ContainerFile[]): Promise<Buffer> {
  const p = pack();
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    p.on('data', (c: Buffer) => chunks.push(c));
    p.on('end', () => resolve(Buffer.concat(chunks)));
    p.on('error', reject);
  });
  for (const f of files) {
    if (!f.path.startsWith('/') || f.path.split('/').includes('..'))
      throw new Error(`'${f.path}' is not an absolute container path`);
    p.entry(
      { name: f.path.slice(1), size: f.content.length, mode: f.mode ?? 0o644, uid: f.uid ?? 0, gid: f.gid ?? 0 },
      f.content,
    );
  }
  p.finalize();
  return done;
}

export async function putFiles(engine: Engine, id: string, files: readonly ContainerFile[]): Promise<void> {
  if (!files.length) return;
  const docker = dockerOf(engine);
  const tar = await tarOf(files);
  try {
    await docker.getContainer(id).putArchive(tar, { path: '/' });
  } catch (e) {
    throw toActionError(e, `Copy ${files.length} file(s) into ${display(id)}`);
  }
}
