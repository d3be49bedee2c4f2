// Builds against their peer measured in the same run:
//  - a 5-step Dockerfile (--no-cache on both sides, same context): runBuild (BuildKit through the CLI it picks) vs
//    `DOCKER_BUILDKIT=1 docker build --progress=plain` run directly — time to the first progress line, whole build;
//  - layer-to-line mapping for an image with 50 layers: history + inspect from the engine and the alignment.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { emptyForm, type BuildForm } from '../../src/core/build/buildForm';
import { dockerfileShape } from '../../src/core/build/dockerfileStages';
import { layersForInstructions } from '../../src/core/build/layers';
import { runBuild } from '../../src/core/build/runBuild';
import { actionsFor } from '../../src/core/engine/actions';
import { probeBuildCli } from '../../src/core/engine/buildCli';
import { createEngine, resolveEndpoint } from '../../src/core/engine/index';

const image = 'stevedore-test/busybox:latest';
const label = { 'stevedore.test': 'build-bench' };
const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number): string => `${ms.toFixed(1)} ms`;

function rawGet(p: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    http
      .get({ socketPath: '/var/run/docker.sock', path: p }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve(JSON.parse(body)));
      })
      .on('error', reject);
  });
}

/** `docker build` as a user types it; resolves with the time of the first output line and of the exit. */
function dockerBuild(cli: string, f: BuildForm): Promise<{ first: number; total: number }> {
  return new Promise((resolve, reject) => {
    const t0 = now();
    let first = NaN;
    const argv = ['build', '--progress=plain', '--no-cache', '-t', f.tags[0]!, '--label', 'stevedore.test=build-bench'];
    const child = spawn(cli, [...argv, '-f', f.dockerfile, f.contextDir], {
      env: { ...process.env, DOCKER_BUILDKIT: '1', DOCKER_HOST: 'unix:///var/run/docker.sock' },
    });
    const mark = () => {
      if (Number.isNaN(first)) first = now() - t0;
    };
    child.stdout.on('data', mark);
    child.stderr.on('data', mark);
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve({ first, total: now() - t0 }) : reject(new Error(`exit ${code}`)),
    );
  });
}

async function main(): Promise<void> {
  const engine = createEngine(
    await resolveEndpoint({ env: { ...process.env, DOCKER_HOST: 'unix:///var/run/docker.sock' } }),
  );
  const probe = await probeBuildCli();
  if (!probe.cli) throw new Error(`no BuildKit CLI: ${probe.notes.join('; ')}`);
  console.log(`CLI: ${probe.cli.command} ${probe.cli.version} (${probe.cli.kind})`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'stv-build-bench-'));
  writeFileSync(path.join(dir, 'data.txt'), 'x'.repeat(10_000));
  writeFileSync(
    path.join(dir, 'Dockerfile'),
    `FROM ${image}\nCOPY data.txt /data.txt\nRUN wc -c /data.txt > /size\nRUN echo built > /built\nWORKDIR /app\nRUN ls / > /app/root\n`,
  );
  const tags = ['stv-build-bench/ours:1', 'stv-build-bench/docker:1'];
  const ours: BuildForm = {
    ...emptyForm(dir, path.join(dir, 'Dockerfile')),
    tags: [tags[0]!],
    labels: label,
    noCache: true,
  };
  const theirs: BuildForm = { ...ours, tags: [tags[1]!] };
  const oursOnce = async () => {
    const t0 = now();
    let first = NaN;
    const res = await runBuild(engine, ours, {
      cli: probe.cli,
      onUpdate: () => {
        if (Number.isNaN(first)) first = now() - t0;
      },
    });
    if (res.error) throw new Error(res.error);
    return { first, total: now() - t0 };
  };
  const rounds = 11;
  const a = { first: [] as number[], total: [] as number[] };
  const b = { first: [] as number[], total: [] as number[] };
  await oursOnce();
  await dockerBuild(probe.cli.command, theirs);
  for (let i = 0; i < rounds; i++) {
    // alternate which goes first so that neither always meets a warmer engine
    const pair =
      i % 2
        ? [await dockerBuild(probe.cli.command, theirs), await oursOnce()].reverse()
        : [await oursOnce(), await dockerBuild(probe.cli.command, theirs)];
    a.first.push(pair[0]!.first);
    a.total.push(pair[0]!.total);
    b.first.push(pair[1]!.first);
    b.total.push(pair[1]!.total);
  }
  // the machine is shared: each round's pair ran back to back, so the median of the per-round ratios is the figure
  const paired = (x: number[], y: number[]) => median(x.map((v, k) => v / y[k]!)).toFixed(2);
  console.log(`5-step Dockerfile, --no-cache, ${rounds} rounds (medians; ratio = median of per-round ratios):`);
  console.log(
    `  first progress line: stevedore ${fmt(median(a.first))}  docker build ${fmt(median(b.first))}  ratio ${paired(a.first, b.first)}×`,
  );
  console.log(
    `  whole build:         stevedore ${fmt(median(a.total))}  docker build ${fmt(median(b.total))}  ratio ${paired(a.total, b.total)}× (target ≤ 1.10×)`,
  );
  // 50 layers: 49 RUNs after FROM, built once (cached on later runs), then mapped back to their lines
  const many = path.join(dir, 'Dockerfile.50');
  writeFileSync(
    many,
    `FROM ${image}\n${Array.from({ length: 50 }, (_, i) => `RUN echo ${i} > /layer-${i}\n`).join('')}`,
  );
  const tag50 = 'stv-build-bench/layers:50';
  const built = await runBuild(engine, { ...emptyForm(dir, many), tags: [tag50], labels: label }, { cli: probe.cli });
  if (built.error || !built.imageId) throw new Error(built.error ?? 'no image');
  const map = async () => {
    const [text, history, inspect] = await Promise.all([
      readFile(many, 'utf8'),
      actionsFor(engine).imageHistory(built.imageId!),
      engine.inspectImage(built.imageId!),
    ]);
    const diffIds = (inspect.raw as { RootFS?: { Layers?: string[] } }).RootFS?.Layers;
    const t0 = now();
    const layers = layersForInstructions(dockerfileShape(text), history, { diffIds });
    return { layers, pure: now() - t0 };
  };
  const whole: number[] = [];
  const pure: number[] = [];
  let mapped = 0;
  for (let i = 0; i < 20; i++) {
    const t0 = now();
    const r = await map();
    whole.push(now() - t0);
    pure.push(r.pure);
    mapped = r.layers.filter((l) => l.entry.size > 0 && l.diffId).length;
  }
  // the peer: the same two engine reads as raw GETs on the socket, nothing mapped
  const raw: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = now();
    await Promise.all([rawGet(`/images/${built.imageId}/history`), rawGet(`/images/${built.imageId}/json`)]);
    raw.push(now() - t0);
  }
  console.log(`50-layer image (${mapped} layers with a digest mapped to lines), 20 rounds (median):`);
  console.log(
    `  history + inspect + parse + align: ${fmt(median(whole))}  (align alone ${median(pure).toFixed(2)} ms; target < 50 ms)`,
  );
  console.log(
    `  peer, the two engine reads as raw GETs: ${fmt(median(raw))}  ratio ${(median(whole) / median(raw)).toFixed(2)}×`,
  );

  for (const t of [...tags, tag50])
    await actionsFor(engine)
      .removeImage(t)
      .catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  engine.dispose();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
