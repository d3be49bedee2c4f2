// `npm run bench -- commands`: the log view's pipeline (Engine API stream → demux → line split → ring buffer →
// rendering) on a 50 MB container log against `docker logs` (what a terminal-based extension runs) and a raw
// GET /logs on the socket; then a container writing ~50 MB a minute followed for BENCH_FOLLOW_MS (default 60 s),
// sampling retained heap (after GC) and RSS: memory must stay flat however much the container writes.
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as http from 'node:http';
import { promisify } from 'node:util';
import { LogViewModel } from '../../src/core/commands/logViewModel';
import { actionsFor, type RunSpec } from '../../src/core/engine/actions';
import { createEngine } from '../../src/core/engine/index';

const exec = promisify(execFile);
const socketPath = '/var/run/docker.sock';
const run = randomBytes(4).toString('hex');
const labels = { 'stevedore.test': 'commands-bench', 'stevedore.test.run': run };
const followMs = Number(process.env.BENCH_FOLLOW_MS ?? 60_000);
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
const line = 'a log line with \u001b[31msome colour\u001b[0m <b>&amp; 0123456789 abcdefghijklmnopqrstuvwxyz';
const printf = line.replace(/\u001b/g, '\\033');

const engine = createEngine({ host: `unix://${socketPath}`, source: 'setting', reason: 'bench' });
const spec = (name: string, script: string): RunSpec => ({
  image: 'stevedore-test/busybox:latest',
  name,
  ports: [],
  env: [],
  volumes: [],
  network: 'none',
  restart: 'no',
  autoRemove: false,
  tty: false,
  interactive: false,
  cmd: ['sh', '-c', `L=$(printf '${printf}'); ${script}`],
  labels,
});

function rawLogs(id: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ socketPath, path: `/containers/${id}/logs?stdout=1&stderr=1`, method: 'GET' }, (res) => {
      let n = 0;
      res.on('data', (c: Buffer) => {
        n += c.length;
      });
      res.on('end', () => resolve(n));
    });
    req.on('error', reject);
    req.end();
  });
}

function cliLogs(id: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const p = spawn('docker', ['logs', id], { stdio: ['ignore', 'pipe', 'pipe'] });
    let n = 0;
    p.stdout.on('data', (c: Buffer) => {
      n += c.length;
    });
    p.stderr.on('data', (c: Buffer) => {
      n += c.length;
    });
    p.on('error', reject);
    p.on('close', () => resolve(n));
  });
}

async function time<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const v = await fn();
  return [performance.now() - t, v];
}

async function main(): Promise<void> {
  const count = Math.ceil((50 * 1024 * 1024) / (line.length + 1));
  const big = await actionsFor(engine).runContainer(
    spec(`sdcmd-bench-${run}-big`, `yes "$L" | head -n ${count}; sleep 600`),
  );
  const follow = `sdcmd-bench-${run}-follow`;
  try {
    // wait until the whole log is written
    for (let i = 0; i < 120; i++) {
      const { stdout } = await exec('docker', ['logs', '--tail', '1', big], { maxBuffer: 1 << 20 });
      if (
        stdout.length &&
        Number((await exec('docker', ['inspect', '--format', '{{.LogPath}}', big])).stdout.length) > 0
      ) {
        const n = await rawLogs(big);
        if (n >= count * (line.length + 1)) break;
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
    const results: Record<string, number> = {};
    for (let round = 0; round < 3; round++) {
      const [raw] = await time(() => rawLogs(big));
      const [cli] = await time(() => cliLogs(big));
      gc();
      const heap0 = process.memoryUsage().heapUsed;
      const [ours, kept] = await time(async () => {
        const view = new LogViewModel(8 * 1024 * 1024);
        for await (const c of actionsFor(engine).containerLogs(big)) view.write(c.stream, c.data);
        view.flushPartial();
        view.takePending();
        return view;
      });
      gc();
      // measured while the view is still alive: what an open log view holds
      const retained = process.memoryUsage().heapUsed - heap0;
      for (const [k, v] of Object.entries({ raw, cli, ours })) results[k] = Math.min(results[k] ?? Infinity, v);
      results.retained = Math.max(results.retained ?? 0, retained);
      if (kept.buffer.byteSize > kept.buffer.maxBytes) throw new Error('ring buffer over budget');
    }
    console.log(
      `50 MB log, best of 3: raw GET /logs ${results.raw!.toFixed(0)} ms · docker logs ${results.cli!.toFixed(0)} ms · Stevedore log view pipeline ${results.ours!.toFixed(0)} ms`,
    );
    console.log(
      `  ratio Stevedore / docker logs: ${(results.ours! / results.cli!).toFixed(2)} · Stevedore / raw: ${(results.ours! / results.raw!).toFixed(2)} · heap kept by the view (max of 3): ${mb(results.retained!)} MB (budget 8 MB of text)`,
    );

    await actionsFor(engine).runContainer(spec(follow, 'while true; do yes "$L" | head -n 1000; sleep 0.1; done'));
    const ac = new AbortController();
    const view = new LogViewModel(8 * 1024 * 1024);
    let bytes = 0;
    gc();
    const heap0 = process.memoryUsage().heapUsed;
    const samples: { t: number; heap: number; rss: number }[] = [];
    const t0 = Date.now();
    const sampler = setInterval(() => {
      view.takePending(); // what the 100 ms flush posts to the webview
    }, 100);
    const probe = setInterval(() => {
      gc();
      samples.push({
        t: Date.now() - t0,
        heap: process.memoryUsage().heapUsed - heap0,
        rss: process.memoryUsage().rss,
      });
    }, 5000);
    setTimeout(() => ac.abort(), followMs);
    for await (const e of actionsFor(engine).followLogsSession(follow, { signal: ac.signal, tail: 0 }))
      if (e.type === 'chunk') {
        bytes += e.data.length;
        view.write(e.stream, e.data);
      }
    clearInterval(sampler);
    clearInterval(probe);
    const maxHeap = Math.max(...samples.map((s) => s.heap));
    const first = samples[0];
    const last = samples.at(-1);
    console.log(
      `followed ${follow} for ${(followMs / 1000).toFixed(0)} s: ${mb(bytes)} MB of log · retained heap max ${mb(maxHeap)} MB (first sample ${mb(first?.heap ?? 0)} MB, last ${mb(last?.heap ?? 0)} MB) · RSS ${mb(first?.rss ?? 0)} → ${mb(last?.rss ?? 0)} MB · view keeps ${view.buffer.size} lines`,
    );
  } finally {
    await actionsFor(engine)
      .removeContainer(big, { force: true })
      .catch(() => undefined);
    await actionsFor(engine)
      .removeContainer(follow, { force: true })
      .catch(() => undefined);
    engine.dispose();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
