// Engine module costs against their peers measured in the same run:
//  - listing all four kinds through Engine (negotiated, mapped to records) vs raw GETs on the socket with JSON.parse;
//  - event latency (create → event delivered) through Engine.events vs a raw /events stream;
//  - `stevedore engine` (bundled CLI, cold process) vs `docker version` + `docker info` (the Docker CLI).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEngine, resolveEndpoint } from '../../src/core/engine/index';

const SOCK = '/var/run/docker.sock';
const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;

function rawGet(p: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    http
      .get({ socketPath: SOCK, path: p }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          body += d;
        });
        res.on('end', () => resolve(JSON.parse(body)));
      })
      .on('error', reject);
  });
}

function rawPost(p: string, body: unknown): Promise<{ Id?: string }> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = http.request(
      {
        socketPath: SOCK,
        path: p,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) },
      },
      (res) => {
        let out = '';
        res.on('data', (d: Buffer) => {
          out += d.toString();
        });
        res.on('end', () => resolve(out ? JSON.parse(out) : {}));
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

const label = 'stevedore.test=engine-bench';
const createContainer = (name: string): Promise<{ Id?: string }> =>
  rawPost(`/v1.41/containers/create?name=${name}`, {
    Image: 'stevedore-test/busybox:latest',
    Cmd: ['true'],
    Labels: { 'stevedore.test': 'engine-bench' },
  });

async function main(): Promise<void> {
  const engine = createEngine(await resolveEndpoint({ env: { DOCKER_HOST: `unix://${SOCK}` } }));
  await engine.version();
  const N = 30;

  const ours: number[] = [];
  const raw: number[] = [];
  for (let i = 0; i < N; i++) {
    let t = now();
    await Promise.all([
      engine.listContainers({ all: true }),
      engine.listImages(),
      engine.listVolumes(),
      engine.listNetworks(),
    ]);
    ours.push(now() - t);
    t = now();
    await Promise.all([
      rawGet('/v1.41/containers/json?all=1'),
      rawGet('/v1.41/images/json'),
      rawGet('/v1.41/volumes'),
      rawGet('/v1.41/networks'),
    ]);
    raw.push(now() - t);
  }
  console.log(
    `list 4 kinds (median of ${N}): Engine ${fmt(median(ours))} · raw socket ${fmt(median(raw))} · ratio ${(median(ours) / median(raw)).toFixed(2)}x`,
  );

  // event latency: one create per sample, timed until each stream delivers its event
  const ac = new AbortController();
  const waiters = new Map<string, { ours?: (t: number) => void; raw?: (t: number) => void }>();
  let opened!: () => void;
  const open = new Promise<void>((r) => {
    opened = r;
  });
  void (async () => {
    for await (const e of engine.events({ filters: { label: [label] }, signal: ac.signal, onOpen: opened })) {
      if (e.action === 'create') waiters.get(e.attributes.name ?? '')?.ours?.(now());
    }
  })();
  const rawReq = http.get(
    { socketPath: SOCK, path: `/v1.41/events?filters=${encodeURIComponent(JSON.stringify({ label: [label] }))}` },
    (res) => {
      let buf = '';
      res.on('data', (d: Buffer) => {
        buf += d.toString();
        let nl: number;
        while ((nl = buf.indexOf('\n')) >= 0) {
          const m = JSON.parse(buf.slice(0, nl)) as { Action?: string; Actor?: { Attributes?: { name?: string } } };
          buf = buf.slice(nl + 1);
          if (m.Action === 'create') waiters.get(m.Actor?.Attributes?.name ?? '')?.raw?.(now());
        }
      });
    },
  );
  await open;
  await new Promise((r) => setTimeout(r, 100));
  const evOurs: number[] = [];
  const evRaw: number[] = [];
  const names: string[] = [];
  try {
    for (let i = 0; i < 15; i++) {
      const name = `stv-engine-bench-${process.pid}-${i}`;
      names.push(name);
      const w: { ours?: (t: number) => void; raw?: (t: number) => void } = {};
      const gotOurs = new Promise<number>((r) => {
        w.ours = r;
      });
      const gotRaw = new Promise<number>((r) => {
        w.raw = r;
      });
      waiters.set(name, w);
      const t = now();
      await createContainer(name);
      const [a, b] = await Promise.all([gotOurs, gotRaw]);
      evOurs.push(a - t);
      evRaw.push(b - t);
    }
  } finally {
    ac.abort();
    rawReq.destroy();
    const ids = execFileSync('docker', ['ps', '-aq', '--filter', `label=${label}`], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean);
    if (ids.length) execFileSync('docker', ['rm', '-f', ...ids]);
  }
  console.log(
    `create → event delivered (median of ${evOurs.length}): Engine.events ${fmt(median(evOurs))} · raw /events ${fmt(median(evRaw))} · ratio ${(median(evOurs) / median(evRaw)).toFixed(2)}x`,
  );
  engine.dispose();

  const dir = mkdtempSync(path.join(os.tmpdir(), 'stv-bench-cli-'));
  try {
    const cli = path.join(dir, 'cli.js');
    // the esbuild API cannot run from inside this bundle: use its binary, with scripts/build.mjs's production options
    execFileSync('node_modules/.bin/esbuild', [
      'src/cli/cli.ts',
      '--bundle',
      '--platform=node',
      '--target=node20',
      '--format=cjs',
      '--minify',
      '--alias:ssh2=./src/core/engine/ssh2Shim.ts',
      '--external:cpu-features',
      '--log-level=warning',
      `--outfile=${cli}`,
    ]);
    const env = { ...process.env, DOCKER_HOST: `unix://${SOCK}` };
    const time = (cmd: string, args: string[]): number => {
      const t = now();
      const r = spawnSync(cmd, args, { env, stdio: 'ignore' });
      if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}`);
      return now() - t;
    };
    const cliTimes: number[] = [];
    const dockerTimes: number[] = [];
    const nodeTimes: number[] = [];
    for (let i = 0; i < 7; i++) {
      cliTimes.push(time(process.execPath, [cli, 'engine']));
      dockerTimes.push(time('docker', ['version']) + time('docker', ['info']));
      nodeTimes.push(time(process.execPath, ['-e', '0']));
    }
    const [c, d, n] = [median(cliTimes), median(dockerTimes), median(nodeTimes)];
    console.log(
      `stevedore engine, cold process (median of 7): ${fmt(c)} · docker version + docker info ${fmt(d)} · ratio ${(c / d).toFixed(2)}x`,
    );
    console.log(
      `  of which bare node startup ${fmt(n)}: stevedore engine beyond node startup ${fmt(c - n)} · ratio to docker CLI ${((c - n) / d).toFixed(2)}x`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
