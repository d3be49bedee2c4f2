// Files in containers against the Docker CLI, measured in the same run on the same container:
//  - listing a directory of 1,000 files: ContainerFs.list (one exec of find+stat, mapped to sorted entries) vs
//    `docker exec <id> ls -la <dir>`;
//  - opening a 1 MB file: ContainerFs.read (HEAD stat + GET archive, untarred) vs `docker cp <id>:<file> <tmp>`.
// Each sample builds a new ContainerFs, so the container's facts (running, read-only root) are read every time.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEngine, resolveEndpoint } from '../../src/core/engine/index';
import { containerArchive } from '../../src/core/engine/files';
import { ContainerFs } from '../../src/core/files/containerFs';

const DOCKER = '/usr/bin/docker';
const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;
const docker = (...args: string[]): string => execFileSync(DOCKER, args, { encoding: 'utf8' });

async function main(): Promise<void> {
  const engine = createEngine(await resolveEndpoint({ env: { DOCKER_HOST: 'unix:///var/run/docker.sock' } }));
  await engine.version();
  const id = docker(
    'run',
    '-d',
    '--network',
    'none',
    '--label',
    'stevedore.test=files-bench',
    'stevedore-test/busybox:latest',
    'sleep',
    '600',
  ).trim();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'stv-files-bench-'));
  try {
    docker(
      'exec',
      id,
      'sh',
      '-c',
      'mkdir -p /bench/dir && cd /bench/dir && i=0; while [ $i -lt 1000 ]; do echo $i > "file-$i.txt"; i=$((i+1)); done; ' +
        'dd if=/dev/urandom of=/bench/one-mb.bin bs=1024 count=1024 2>/dev/null',
    );
    const archive = containerArchive(engine);
    const fresh = () => new ContainerFs(archive, id, { label: 'bench' });
    const N = 15;
    const ours = { list: [] as number[], read: [] as number[] };
    const cli = { list: [] as number[], read: [] as number[] };
    // one warm-up of each, then interleaved samples
    await fresh().list('/bench/dir');
    spawnSync(DOCKER, ['exec', id, 'ls', '-la', '/bench/dir']);
    for (let i = 0; i < N; i++) {
      let t = now();
      const entries = await fresh().list('/bench/dir');
      ours.list.push(now() - t);
      if (entries.length !== 1000) throw new Error(`listed ${entries.length} entries, expected 1000`);
      t = now();
      const ls = spawnSync(DOCKER, ['exec', id, 'ls', '-la', '/bench/dir'], { encoding: 'utf8' });
      cli.list.push(now() - t);
      if (ls.status !== 0) throw new Error(ls.stderr);

      t = now();
      const data = await fresh().read('/bench/one-mb.bin');
      ours.read.push(now() - t);
      if (data.byteLength !== 1024 * 1024) throw new Error(`read ${data.byteLength} bytes`);
      t = now();
      const cp = spawnSync(DOCKER, ['cp', `${id}:/bench/one-mb.bin`, path.join(tmp, `copy-${i}.bin`)]);
      cli.read.push(now() - t);
      if (cp.status !== 0) throw new Error(String(cp.stderr));
    }
    const line = (what: string, a: number[], b: number[], peer: string) =>
      console.log(
        `${what} (median of ${N}): Stevedore ${fmt(median(a))} · ${peer} ${fmt(median(b))} · ratio ${(median(a) / median(b)).toFixed(2)}x (target ≤ 1.0x)`,
      );
    line('list 1,000-file directory', ours.list, cli.list, 'docker exec ls -la');
    line('open 1 MB file', ours.read, cli.read, 'docker cp');
  } finally {
    spawnSync(DOCKER, ['rm', '-f', id]);
    rmSync(tmp, { recursive: true, force: true });
    engine.dispose();
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
