// `npm run fuzz -- --count 10000 [--seed N] [--huge]`: the long fuzz run over dist/server.js and dist/cli.js
// (`npm run build` first). Prints exits, error responses, lint failures, hangs, slow requests (> 1 s for files up to
// 200 KB, > 5 s for 1 MB files) and the server's peak RSS, against the targets.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { fuzz, summary } from '../test/fuzz/drive.mjs';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    huge: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    // stop after this many minutes (the documents run so far are reported)
    minutes: { type: 'string' },
  },
});
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(values.count);
// --count is the number of documents in all; half are Dockerfiles, half compose files
const perFamily = Math.max(1, Math.ceil(count / 2));
const t0 = Date.now();
const report = await fuzz({
  root,
  count: perFamily,
  seed: Number(values.seed),
  sizes: values.huge ? 'huge' : 'normal',
  log: (m) => console.error(m),
  ...(values.minutes ? { deadline: t0 + Number(values.minutes) * 60_000 } : {}),
});
const s = summary(report);
const line = (name, value, target, ok) =>
  console.log(`${name.padEnd(34)} ${String(value).padStart(10)}   target ${target}${ok ? '' : '   MISSED'}`);
console.log(
  `\nfuzz: ${s.documents} documents, ${s.requests} requests, seed ${values.seed}, ${Math.round((Date.now() - t0) / 1000)} s${report.stoppedEarly ? ` (stopped by --minutes; ${count} asked)` : ''}`,
);
line('server exits', s.exits, 0, s.exits === 0);
line('error responses', s.errorResponses, 0, s.errorResponses === 0);
line('lint failures', s.lintFailures, 0, s.lintFailures === 0);
line('hangs (no answer in 30 s)', s.hangs, 0, s.hangs === 0);
line('requests > 1 s (files <= 200 KB)', s.slowUnder200KB, 0, s.slowUnder200KB === 0);
line(
  '  worst (ms)',
  Math.round(s.worstUnder200KB.ms),
  `${s.worstUnder200KB.method ?? ''} ${s.worstUnder200KB.bytes ?? ''} B`,
  true,
);
line('requests > 5 s (files > 200 KB)', s.slowHugeOver5s, 0, s.slowHugeOver5s === 0);
line('  worst (ms)', Math.round(s.worstHuge.ms), `${s.worstHuge.method ?? ''} ${s.worstHuge.bytes ?? ''} B`, true);
line('max server RSS (MB)', s.maxServerRssMB, '<= 400', s.maxServerRssMB <= 400);
line('CLI bad exits / bad JSON', `${s.cli.badExit}/${s.cli.badJson}`, '0/0', s.cli.badExit + s.cli.badJson === 0);
line('CLI check-failed findings', s.cli.checkFailed, 0, s.cli.checkFailed === 0);
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
const slow = report.timings.filter((t) => (t.bytes <= 200_000 ? t.ms > 1000 : t.ms > 5000));
if (slow.length) {
  const by = new Map();
  for (const t of slow) by.set(t.method, (by.get(t.method) ?? 0) + 1);
  console.log('slow requests by method:', Object.fromEntries(by));
}
process.exitCode = s.exits + s.errorResponses + s.lintFailures + s.hangs + s.cli.badExit + s.cli.badJson > 0 ? 1 : 0;
