// `npm run fuzz -- --count 10000 [--seed N] [--huge] [--jobs N]`: the long fuzz run over dist/server.js and
// dist/cli.js (`npm run build` first). Prints exits, error responses, lint failures, hangs, slow requests (> 1 s for
// files up to 200 KB, > 5 s for 1 MB files) and the server's peak RSS against the targets, per-method request times,
// and the throughput. `--jobs N` runs N drivers, each with its own server, on a share of the documents (every N-th).
// `--family dockerfile --min-kb 85` runs only those documents (same numbering); `--profile DIR` writes each server's
// CPU profile there.
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';
import { fuzz } from '../test/fuzz/drive.mjs';
import { byMethod, merge, summary } from '../test/fuzz/report.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    huge: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    // stop after this many minutes (the documents run so far are reported)
    minutes: { type: 'string' },
    jobs: { type: 'string', default: '1' },
    family: { type: 'string' },
    'min-kb': { type: 'string' },
    'max-kb': { type: 'string' },
    profile: { type: 'string' },
    // internal: the share a child process runs, `k/N`
    shard: { type: 'string' },
  },
});
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(values.count);
// --count is the number of documents in all; half are Dockerfiles, half compose files
const perFamily = Math.max(1, Math.ceil(count / 2));
const t0 = Date.now();

async function runShard(index, of) {
  return fuzz({
    root,
    count: perFamily,
    seed: Number(values.seed),
    sizes: values.huge ? 'huge' : 'normal',
    log: (m) => console.error(of > 1 ? `[${index + 1}/${of}] ${m}` : m),
    shard: { index, of },
    only: {
      ...(values.family ? { family: values.family } : {}),
      ...(values['min-kb'] ? { minBytes: Number(values['min-kb']) * 1000 } : {}),
      ...(values['max-kb'] ? { maxBytes: Number(values['max-kb']) * 1000 } : {}),
    },
    serverArgv: values.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(values.profile)}`] : [],
    ...(values.minutes ? { deadline: t0 + Number(values.minutes) * 60_000 } : {}),
  });
}

const runChild = (index, of) =>
  new Promise((done, fail) => {
    const args = process.argv.slice(2).filter((a, i, all) => a !== '--jobs' && all[i - 1] !== '--jobs');
    const child = fork(fileURLToPath(import.meta.url), [...args, '--shard', `${index}/${of}`], { stdio: 'inherit' });
    let report;
    child.on('message', (m) => (report = m));
    child.on('exit', (code) => (report ? done(report) : fail(new Error(`fuzz job ${index + 1} exited ${code}`))));
  });

if (values.shard) {
  const [index, of] = values.shard.split('/').map(Number);
  const report = await runShard(index, of);
  // disconnect only once the report has gone: a large one is still being written when send() returns
  await new Promise((sent) => process.send(report, sent));
  process.disconnect();
} else {
  const jobs = Math.max(1, Number(values.jobs));
  const report =
    jobs === 1
      ? await runShard(0, 1)
      : merge(await Promise.all(Array.from({ length: jobs }, (_, k) => runChild(k, jobs))));
  print(report, jobs, (Date.now() - t0) / 1000);
}

function print(report, jobs, seconds) {
  const s = summary(report);
  const line = (name, value, target, ok) =>
    console.log(`${name.padEnd(34)} ${String(value).padStart(10)}   target ${target}${ok ? '' : '   MISSED'}`);
  console.log(
    `\nfuzz: ${s.documents} documents, ${s.requests} requests, seed ${values.seed}, ${jobs} job(s), ${Math.round(seconds)} s${report.stoppedEarly ? ` (stopped by --minutes; ${count} asked)` : ''}`,
  );
  line('server exits', s.exits, 0, s.exits === 0);
  line('error responses', s.errorResponses, 0, s.errorResponses === 0);
  line('lint failures', s.lintFailures, 0, s.lintFailures === 0);
  line('hangs (no answer in 30 s)', s.hangs, 0, s.hangs === 0);
  line('requests > 1 s (files <= 200 KB)', s.slowUnder200KB, 0, s.slowUnder200KB === 0);
  line('  of which server CPU > 1 s', s.slowUnder200KBCpu, 0, s.slowUnder200KBCpu === 0);
  const w = s.worstUnder200KB;
  line('  worst (ms)', Math.round(w.ms), `${w.method ?? ''} ${w.bytes ?? ''} B, CPU ${w.cpuMs ?? '-'} ms`, true);
  line('requests > 5 s (files > 200 KB)', s.slowHugeOver5s, 0, s.slowHugeOver5s === 0);
  const h = s.worstHuge;
  line('  worst (ms)', Math.round(h.ms), `${h.method ?? ''} ${h.bytes ?? ''} B, CPU ${h.cpuMs ?? '-'} ms`, true);
  line('max server RSS (MB)', s.maxServerRssMB, '<= 400', s.maxServerRssMB <= 400);
  line('CLI bad exits / bad JSON', `${s.cli.badExit}/${s.cli.badJson}`, '0/0', s.cli.badExit + s.cli.badJson === 0);
  line('CLI check-failed findings', s.cli.checkFailed, 0, s.cli.checkFailed === 0);
  const perDoc = seconds / Math.max(1, s.documents);
  console.log(
    `throughput: ${(s.documents / seconds).toFixed(2)} documents/s (${(perDoc * 1000).toFixed(0)} ms each with ${jobs} job(s)); 10,000 documents like these: ~${((perDoc * 10_000) / 60).toFixed(0)} min`,
  );
  console.log('\nrequests on files of 85-200 KB (ms; CPU = the server process, all threads):');
  console.log(
    'method'.padEnd(24),
    'n'.padStart(5),
    'p50'.padStart(6),
    'p95'.padStart(6),
    'max'.padStart(6),
    '>1s'.padStart(5),
    'cpu p50'.padStart(8),
    'cpu max'.padStart(8),
  );
  for (const m of byMethod(report, { minBytes: 85_000 }))
    console.log(
      m.method.padEnd(24),
      ...[m.n, m.wallP50, m.wallP95, m.wallMax, m.slow].map((x, i) => String(x).padStart(i ? 6 : 5)),
      String(m.cpuP50).padStart(8),
      String(m.cpuMax).padStart(8),
    );
  if (values.verbose || s.exits + s.errorResponses + s.lintFailures + s.hangs > 0)
    console.log(
      JSON.stringify(
        {
          exits: report.exits,
          errorResponses: report.errorResponses,
          lintFailures: report.lintFailures,
          hangs: report.hangs,
        },
        null,
        1,
      ).slice(0, 5000),
    );
  if (report.rssJumps.length)
    console.log('server peak RSS rises (> 8 MB):', JSON.stringify(report.rssJumps.slice(-20), null, 1));
  process.exitCode = s.exits + s.errorResponses + s.lintFailures + s.hangs + s.cli.badExit + s.cli.badJson > 0 ? 1 : 0;
}
