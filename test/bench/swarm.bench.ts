// Swarm model costs against their peers measured in the same run, on a one-node swarm started by
// scripts/swarm-cluster.sh (a private dockerd; the shared engine is never switched into swarm mode):
//  - a full refresh of the services the Services view shows (50 services × 4 tasks: services with their counts,
//    tasks, nodes, mapped and grouped by stack) vs the raw listing (GET /services?status=true + GET /tasks +
//    GET /nodes with JSON.parse);
//  - a scale change: from the engine's `service update` event (seen on a raw /events stream) to the model's
//    snapshot showing the new desired count.
// The services carry a placement constraint no node meets, so their 200 tasks stay pending: the listing is real,
// no container runs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import * as http from 'node:http';
import * as os from 'node:os';
import * as path from 'node:path';
import { createEngine } from '../../src/core/engine/index';
import { serviceActions, swarmReads } from '../../src/core/engine/swarm';
import { SwarmModel } from '../../src/core/swarm/model';

const script = path.resolve('scripts/swarm-cluster.sh');
const dir = mkdtempSync(path.join(os.tmpdir(), 'stv-swarm-bench-'));
const now = (): number => Number(process.hrtime.bigint()) / 1e6;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;

function rawGet(sock: string, p: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    http
      .get({ socketPath: sock, path: p }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (body += d));
        res.on('end', () => resolve(JSON.parse(body)));
      })
      .on('error', reject);
  });
}

async function main(): Promise<void> {
  const out = execFileSync('bash', [script, 'up', dir], {
    encoding: 'utf8',
    env: { ...process.env, STV_SWARM_SINGLE: '1' },
  });
  const host = /STV_SWARM_NODE1=(\S+)/.exec(out)?.[1] ?? '';
  if (!host) throw new Error(`the swarm harness printed no manager socket: ${out}`);
  const sock = host.replace('unix://', '');
  const engine = createEngine({ host, source: 'setting', reason: 'bench' });
  const cli = (...a: string[]) => execFileSync('/usr/bin/docker', ['-H', host, ...a], { encoding: 'utf8' });
  try {
    const stacks = ['alpha', 'beta', 'gamma', 'delta', 'eps'];
    for (let i = 0; i < 50; i++) {
      const stack = stacks[i % stacks.length];
      cli(
        'service',
        'create',
        '-d',
        '-q',
        '--no-resolve-image',
        '--name',
        `${stack}_s${i}`,
        '--replicas',
        '4',
        '--label',
        'stevedore.test=1',
        '--label',
        `com.docker.stack.namespace=${stack}`,
        '--constraint',
        'node.labels.bench==none',
        'stevedore-test/busybox:latest',
        'sleep',
        '3600',
      );
    }
    const model = new SwarmModel(swarmReads(engine), { debounceMs: 0, settlePollMs: 60_000 });
    // let the scheduler create every task
    for (let i = 0; i < 100; i++) {
      const tasks = (await rawGet(sock, '/tasks')) as unknown[];
      if (tasks.length >= 200) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    const raw = async () =>
      Promise.all([rawGet(sock, '/services?status=true'), rawGet(sock, '/tasks'), rawGet(sock, '/nodes')]);
    const ours = async () => {
      await model.load(['services', 'tasks', 'nodes']);
      model.stacks();
      for (const s of model.snapshot.services) model.tasksOf(s.id);
    };
    for (let i = 0; i < 5; i++) {
      await raw();
      await ours();
    }
    const tRaw: number[] = [];
    const tOurs: number[] = [];
    for (let i = 0; i < 30; i++) {
      let t = now();
      await raw();
      tRaw.push(now() - t);
      t = now();
      await ours();
      tOurs.push(now() - t);
    }
    console.log(`services ${model.snapshot.services.length}, tasks ${model.snapshot.tasks.length}`);
    console.log(`refresh (model: services+tasks+nodes, mapped, grouped by stack)  ${fmt(median(tOurs))}`);
    console.log(`raw listing (GET services?status, tasks, nodes + JSON.parse)            ${fmt(median(tRaw))}`);
    console.log(`ratio ${(median(tOurs) / median(tRaw)).toFixed(2)}× (target ≤ 1.2×)`);

    // scale latency: event → model shows it
    const ac = new AbortController();
    const events = createEngine({ host, source: 'setting', reason: 'bench' });
    const seenAt = new Map<string, number>();
    const stream = (async () => {
      for await (const e of events.events({ signal: ac.signal, filters: { type: ['service'] } }))
        if (e.action === 'update') seenAt.set(e.attributes.name ?? e.id, now());
    })().catch(() => undefined);
    const feed = createEngine({ host, source: 'setting', reason: 'bench' });
    const feedStream = (async () => {
      for await (const e of feed.events({ signal: ac.signal })) model.handleEvent(e);
    })().catch(() => undefined);
    await new Promise((r) => setTimeout(r, 300));
    const lat: number[] = [];
    for (let i = 0; i < 10; i++) {
      const name = `alpha_s${i * 5}`;
      const want = 5 + (i % 3);
      seenAt.delete(name);
      const shown = new Promise<number>((resolve, reject) => {
        const t = setTimeout(
          () =>
            reject(
              new Error(
                `${name} never showed ${want}: ${JSON.stringify(model.snapshot.services.find((x) => x.name === name))}`,
              ),
            ),
          10_000,
        );
        const sub = model.onChange((s) => {
          if (s.services.find((x) => x.name === name)?.desired === want) {
            sub.dispose();
            clearTimeout(t);
            resolve(now());
          }
        });
      });
      await serviceActions.scale(engine, name, want);
      const at = await shown;
      for (let k = 0; k < 50 && !seenAt.has(name); k++) await new Promise((r) => setTimeout(r, 10));
      lat.push(at - (seenAt.get(name) ?? at));
    }
    console.log(
      `scale shown after the engine's event: median ${fmt(median(lat))}, max ${fmt(Math.max(...lat))} (target < 300 ms)`,
    );
    ac.abort();
    await Promise.all([stream, feedStream]);
    model.dispose();
    events.dispose();
    feed.dispose();
  } finally {
    engine.dispose();
    execFileSync('bash', [script, 'down', dir]);
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
