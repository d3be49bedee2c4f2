// A FROM-scratch image with this machine's node binary and the shared libraries ldd lists: the inner-loop suites'
// base image, so a scaffolded Node.js app builds and runs offline.
import { execFile, execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { runLabels } from './engineHttp';

const execFileP = promisify(execFile);

/** A FROM-scratch image with the host's node and the libraries ldd lists. */
export async function buildNodeImage(tag: string): Promise<void> {
  const node = execFileSync('sh', ['-c', 'command -v node'], { encoding: 'utf8' }).trim();
  const real = fs.realpathSync(node.startsWith('/') ? node : '/usr/bin/node');
  const ctx = fs.mkdtempSync(path.join(os.tmpdir(), 'stv-node-image-'));
  try {
    const copy = (from: string, to: string) => {
      fs.mkdirSync(path.dirname(path.join(ctx, 'root', to)), { recursive: true });
      fs.copyFileSync(from, path.join(ctx, 'root', to));
    };
    copy(real, '/usr/bin/node');
    for (const line of execFileSync('ldd', [real], { encoding: 'utf8' }).split('\n')) {
      const lib = /(\/\S+) \(0x/.exec(line)?.[1];
      if (lib) copy(fs.realpathSync(lib), lib);
    }
    fs.mkdirSync(path.join(ctx, 'root', 'tmp'));
    const labels = Object.entries(runLabels()).map(([k, v]) => `${k}=${v}`);
    fs.writeFileSync(
      path.join(ctx, 'Dockerfile'),
      `FROM scratch\nCOPY root/ /\nENV PATH=/usr/bin\nLABEL ${labels.join(' ')}\n`,
    );
    await execFileP('docker', ['build', '-q', '-t', tag, ctx], { env: { ...process.env, DOCKER_BUILDKIT: '0' } });
  } finally {
    fs.rmSync(ctx, { recursive: true, force: true });
  }
}
