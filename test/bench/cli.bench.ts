// `npm run bench -- cli`: the whole `stevedore lint` process on a small Dockerfile and a small compose file,
// offline and with the engine checks, beside peers measured in the same run: a bare `node -e ""` (the floor of
// any Node CLI) and dockerfile-utils' own CLI (`dockerfile-utils lint`: syntax checks only; as shipped, over dockerfile-ast
// 0.7.1 rather than Stevedore's fork: asShipped.ts), hadolint when on PATH.
// Target: `stevedore lint --offline` on the Dockerfile no slower than `dockerfile-utils lint` on it, paired per round.
// One more row, without a target, reaches the same engine through a link that adds 20 ms a round trip.
// The CLI is built from the current source, as it ships (scripts/build.mjs --production --only=cli), into a temp dir
// under a copy of the package's manifest, and run through its bin (dist/stevedore.cjs). Every round runs each
// command once, in an order rotated per round, so load on the shared machine spreads over all of them alike.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, resolveEndpoint } from '../../src/core/engine/index';
import { dockerfileUtilsAsShipped } from './asShipped';

const WARMUP = 3;
const ROUNDS = 25;

const DOCKERFILE = `# syntax=docker/dockerfile:1
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
EXPOSE 80
`;

const COMPOSE = `services:
  web:
    image: nginx:1.27-alpine
    ports:
      - "8080:80"
    depends_on: [api]
  api:
    build: ./api
    environment:
      LOG_LEVEL: \${LOG_LEVEL:-info}
    networks: [back]
networks:
  back: {}
`;

interface Command {
  name: string;
  argv: string[];
  target?: boolean;
  env?: Record<string, string>;
}

// An engine 20 ms away (10 ms each way), as over a network or an ssh tunnel: a proxy, in a process of its own (the
// rounds block this one), that holds every chunk 10 ms before passing it on. argv: its socket, the engine's socket.
const SLOW_LINK = `const net = require('net'); const [sock, engine] = process.argv.slice(1);
net.createServer((c) => {
  const u = net.connect(engine);
  const hold = (to) => (d) => setTimeout(() => to.write(d), 10);
  c.on('data', hold(u)); u.on('data', hold(c));
  c.on('end', () => setTimeout(() => u.end(), 10)); u.on('end', () => setTimeout(() => c.end(), 10));
  c.on('error', () => u.destroy()); u.on('error', () => c.destroy());
}).listen(sock, () => process.stdout.write('ready'));`;

/** The proxy in front of a local engine's socket, or undefined when the engine is not on a unix socket. */
async function slowLink(dir: string): Promise<{ host: string; stop(): void } | undefined> {
  const endpoint = await resolveEndpoint().catch(() => undefined);
  if (!endpoint?.host.startsWith('unix://')) return undefined;
  const sock = join(dir, 'slow-engine.sock');
  const p: ChildProcess = spawn(process.execPath, ['-e', SLOW_LINK, sock, endpoint.host.slice('unix://'.length)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((ready, fail) => {
    p.stdout!.once('data', () => ready());
    p.once('exit', () => fail(new Error('the slow-link proxy exited')));
  });
  return { host: `unix://${sock}`, stop: () => p.kill() };
}

/**
 * CPU time (user + sys, ms) this process's waited-for children have used so far, from /proc/self/stat (Linux; undefined
 * elsewhere). In 10 ms ticks: summed over all rounds it gives a command's mean CPU per run, which load from other
 * processes on the machine lifts far less than the wall-clock time.
 */
function childCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields from the 3rd (state) on: cutime and cstime are the 16th and 17th of the whole line
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};

async function engineState(): Promise<string> {
  try {
    const engine = createEngine(await resolveEndpoint(), { timeoutMs: 2000 });
    try {
      const v = await engine.version();
      return `reachable at ${engine.endpoint.host} (Docker ${v.version}, ${(await engine.listImages()).length} images)`;
    } finally {
      engine.dispose();
    }
  } catch (e) {
    return `NOT reachable (${e instanceof Error ? e.message : String(e)}): the "with engine" rows measure the unreachable path`;
  }
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'stv-cli-bench-'));
  let failed = false;
  let link: { host: string; stop(): void } | undefined;
  try {
    const build = spawnSync(
      process.execPath,
      ['scripts/build.mjs', '--production', `--outdir=${join(dir, 'dist')}`, '--only=cli'],
      { encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`build failed: ${build.stderr}`);
    // laid out as installed: the extension's manifest above dist/
    copyFileSync('package.json', join(dir, 'package.json'));
    const cli = join(dir, 'dist/stevedore.cjs');
    const dockerfile = join(dir, 'Dockerfile');
    const compose = join(dir, 'compose.yaml');
    writeFileSync(dockerfile, DOCKERFILE);
    writeFileSync(compose, COMPOSE);

    const commands: Command[] = [
      { name: 'node -e ""', argv: ['-e', ''] },
      {
        name: 'dockerfile-utils lint Dockerfile',
        argv: [
          join(dockerfileUtilsAsShipped(join(dir, 'peer')), 'node_modules/dockerfile-utils/bin/dockerfile-utils'),
          'lint',
          dockerfile,
        ],
      },
      { name: 'stevedore lint --offline Dockerfile', argv: [cli, 'lint', '--offline', dockerfile], target: true },
      { name: 'stevedore lint Dockerfile (engine)', argv: [cli, 'lint', dockerfile] },
      // a CI machine without Docker: the engine checks find no socket
      {
        name: 'stevedore lint Dockerfile (no engine)',
        argv: [cli, 'lint', dockerfile],
        env: { DOCKER_HOST: `unix://${join(dir, 'no-engine.sock')}`, DOCKER_CONTEXT: '' },
      },
      { name: 'stevedore lint --offline compose.yaml', argv: [cli, 'lint', '--offline', compose] },
      { name: 'stevedore lint compose.yaml (engine)', argv: [cli, 'lint', compose] },
    ];
    // first contact costs a round trip or more: what that is worth on a remote engine (no target: the link sets it)
    link = await slowLink(dir);
    if (link)
      commands.splice(4, 0, {
        name: 'stevedore lint Dockerfile (engine 20 ms away)',
        argv: [cli, 'lint', dockerfile],
        env: { DOCKER_HOST: link.host, DOCKER_CONTEXT: '' },
      });
    const hadolint = spawnSync('hadolint', ['--version'], { stdio: 'ignore' }).status === 0;
    const all: (Command & { file: string })[] = commands.map((c) => ({ ...c, file: process.execPath }));
    if (hadolint) all.splice(2, 0, { name: 'hadolint Dockerfile', file: 'hadolint', argv: [dockerfile] });

    const env = process.env;
    // each stevedore command must run to completion: 0 (clean) or 1 (findings), never 2 (usage/IO error)
    for (const c of all) {
      const r = spawnSync(c.file, c.argv, { encoding: 'utf8', env: { ...env, ...c.env } });
      if (r.status !== 0 && r.status !== 1) throw new Error(`${c.name} exited ${r.status}: ${r.stderr}`);
    }
    const times = new Map<string, number[]>(all.map((c) => [c.name, []]));
    const cpus = new Map<string, number>();
    for (let r = -WARMUP; r < ROUNDS; r++) {
      const shift = ((r % all.length) + all.length) % all.length;
      for (const c of [...all.slice(shift), ...all.slice(0, shift)]) {
        const t = performance.now();
        const cpu0 = childCpuMs();
        spawnSync(c.file, c.argv, { stdio: 'ignore', env: { ...env, ...c.env } });
        const cpu1 = childCpuMs();
        if (r >= 0) times.get(c.name)!.push(performance.now() - t);
        if (r >= 0 && cpu0 !== undefined && cpu1 !== undefined) cpus.set(c.name, (cpus.get(c.name) ?? 0) + cpu1 - cpu0);
      }
    }

    console.log(
      `node ${process.version}; engine ${await engineState()}; hadolint ${hadolint ? 'on PATH' : 'not installed'}`,
    );
    console.log(`${ROUNDS} rounds after ${WARMUP} warm-up rounds; every command once per round, order rotated`);
    const floor = quantile(times.get('node -e ""')!, 0.5);
    // over node -e "" in the same round, median over rounds: a burst of load on the machine lifts both alike
    const pairedWith = (peer: number[]) => (xs: number[]) =>
      quantile(
        xs.map((x, i) => x - peer[i]!),
        0.5,
      );
    const paired = pairedWith(times.get('node -e ""')!);
    // the target: over dockerfile-utils lint in the same round, median over rounds (≤ 0: no slower)
    const overPeer = pairedWith(times.get('dockerfile-utils lint Dockerfile')!);
    console.log(
      `${'command'.padEnd(46)} | median   | p10–p90         | vs node -e "" | over node -e "" | paired | CPU/run | target`,
    );
    for (const c of all) {
      const xs = times.get(c.name)!;
      const med = quantile(xs, 0.5);
      const ok = overPeer(xs) <= 0;
      if (c.target && !ok) failed = true;
      console.log(
        [
          c.name.padEnd(46),
          `${med.toFixed(0)} ms`.padEnd(8),
          `${quantile(xs, 0.1).toFixed(0)}–${quantile(xs, 0.9).toFixed(0)} ms`.padEnd(15),
          `${(med / floor).toFixed(2)}×`.padEnd(13),
          `+${(med - floor).toFixed(0)} ms`.padEnd(15),
          `+${paired(xs).toFixed(0)} ms`.padEnd(6),
          (cpus.has(c.name) ? `${((cpus.get(c.name) ?? 0) / ROUNDS).toFixed(0)} ms` : '?').padEnd(7),
          c.target
            ? `≤ dockerfile-utils lint (${overPeer(xs) > 0 ? '+' : ''}${overPeer(xs).toFixed(0)} ms): ${ok ? 'ok' : 'MISSED'}`
            : '',
        ].join(' | '),
      );
    }
  } finally {
    link?.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
