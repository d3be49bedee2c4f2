// Dockerfile lint speed: all of Stevedore's rules (dockerfile-utils' validator included) vs dockerfile-utils'
// validator alone, as shipped, on 10/80/1000-line files. Targets: all rules <= 1.5x the validator on 80 and on 1000
// lines; growth per byte of the file from 80 to 1000 lines <= 1.10. (The whole `stevedore lint` process: cli.bench.ts.)
import { spawnSync } from 'node:child_process';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { loadDockerfileUtilsAsShipped } from './asShipped';

const SIZES = [10, 80, 1000] as const;

/** Deterministic multi-stage Dockerfile of about `lines` lines. */
export function dockerfileOf(lines: number): string {
  const out = [
    '# syntax=docker/dockerfile:1',
    'ARG NODE_VERSION=20',
    'FROM node:${NODE_VERSION}-alpine AS deps',
    'WORKDIR /app',
    'COPY package.json package-lock.json ./',
    'RUN npm ci --omit=dev && \\',
    '    npm cache clean --force',
  ];
  for (let i = 0; out.length < lines - 3; i++) {
    out.push(
      `FROM alpine:3.19 AS stage${i}`,
      `RUN apk add --no-cache curl=8.5.0-r0 git && \\`,
      `    echo "hello ${i}" | tee /tmp/x`,
      `ENV APP_${i}=value${i} PATH=/opt/bin:$PATH`,
      `COPY --from=deps /app /app${i}`,
      `LABEL org.example.stage="${i}"`,
      `EXPOSE 80${i % 10}/tcp`,
    );
  }
  out.push('USER node', 'HEALTHCHECK --interval=30s CMD wget -q localhost || exit 1', 'CMD ["node", "server.js"]');
  return `${out.slice(0, lines).join('\n')}\n`;
}

/** Variant `i` of a text: every `hello` differs, so no per-file or per-instruction cache can help either side. */
const variant = (text: string, i: number) => text.replace(/hello/g, `hello${i}`);

/** Microseconds per call over one round of `roundMs`. */
// No forced gc() between rounds: a full GC flushes the bytecode of functions that have aged, which
// penalises whichever side has more code.
function round(
  texts: string[],
  fn: (t: string) => unknown,
  roundMs: number,
  salt: { i: number },
  log?: RoundLog[],
): number {
  const start = performance.now();
  let n = 0;
  while (performance.now() - start < roundMs || n < 10) {
    fn(`${texts[n % texts.length]!}# ${salt.i++}\n`);
    n++;
  }
  const end = performance.now();
  log?.push({ lines: lineCount.get(texts) ?? 0, start, end, calls: n });
  return ((end - start) * 1000) / n;
}
type RoundLog = { lines: number; start: number; end: number; calls: number };
const lineCount = new WeakMap<string[], number>();
const textsOf = (n: number) => {
  const texts = Array.from({ length: 64 }, (_, k) => variant(dockerfileOf(n), k));
  lineCount.set(texts, n);
  return texts;
};
/**
 * Best round per size. Every size is warmed up first, then the sizes take turns round by round (order rotated),
 * so each is measured with the code in the same JIT state: measuring one size after the other made the 80-line
 * figure swing by half between runs (whatever the 10-line rounds had left optimised), and the 1000/80 ratio with it.
 */
function bestPerSize(
  fn: (t: string) => unknown,
  salt: { i: number },
  rounds = 5,
  roundMs = 150,
  log?: RoundLog[],
): Record<number, number> {
  const texts = Object.fromEntries(SIZES.map((n) => [n, textsOf(n)])) as Record<number, string[]>;
  for (const n of [...SIZES, ...[...SIZES].reverse()]) round(texts[n]!, fn, roundMs, salt);
  const best: Record<number, number> = Object.fromEntries(SIZES.map((n) => [n, Infinity]));
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < SIZES.length; k++) {
      const n = SIZES[(k + r) % SIZES.length]!;
      best[n] = Math.min(best[n]!, round(texts[n]!, fn, roundMs, salt, log));
    }
  }
  return best;
}

/** Garbage-collection pauses per call, by size, over the measured rounds in `log` (from node's 'gc' performance entries). */
async function gcPerCall(log: RoundLog[], entries: PerformanceEntry[]): Promise<Record<number, number>> {
  await new Promise((r) => setTimeout(r, 20)); // the observer's entries come in a later turn
  const out: Record<number, number> = {};
  for (const n of SIZES) {
    const rounds = log.filter((l) => l.lines === n);
    const pauses = entries
      .filter((e) => rounds.some((l) => e.startTime >= l.start && e.startTime < l.end))
      .reduce((a, e) => a + e.duration, 0);
    out[n] = (pauses * 1000) / rounds.reduce((a, l) => a + l.calls, 0);
  }
  return out;
}

/** One trial, in a fresh process: the bare validator first, then all our rules. */
async function trial(): Promise<void> {
  const salt = { i: 0 };
  // the peer as shipped: over dockerfile-ast 0.7.1, not over Stevedore's fork
  const { validate } = loadDockerfileUtilsAsShipped();
  const base = bestPerSize((t) => validate(t), salt);
  const { TextDocument } = await import('vscode-languageserver-textdocument');
  const { validateStaged } = await import('../../src/core/lint/dockerfile/index.js');
  const { DEFAULT_LINT_SETTINGS } = await import('../../src/core/lint/types.js');
  const settings = { ...DEFAULT_LINT_SETTINGS, engineChecks: false };
  let v = 0;
  const gcEntries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => {
    gcEntries.push(...list.getEntries());
  });
  observer.observe({ entryTypes: ['gc'] });
  const log: RoundLog[] = [];
  const ours = bestPerSize(
    (t) => validateStaged(TextDocument.create(`untitled:Dockerfile${v++}`, 'dockerfile', 1, t), settings).diagnostics,
    salt,
    5,
    150,
    log,
  );
  const gc = await gcPerCall(log, gcEntries);
  observer.disconnect();
  // The parts of a lint, for where the growth is: our dockerfile-ast parse alone, then with dockerfile-utils' validator
  // run over that parse, as the lint runs it; the rest of a lint is Stevedore's own rules.
  const { parseDockerfile } = await import('../../src/core/lint/dockerfile/parse.js');
  const { validatorDiagnostics } = await import('../../src/core/lint/dockerfile/validator.js');
  const parse = bestPerSize((t) => parseDockerfile(t), salt, 3);
  const checks = bestPerSize(
    (t) => {
      const { dockerfile } = parseDockerfile(t);
      validatorDiagnostics(TextDocument.create(`untitled:Dockerfile${v++}`, 'dockerfile', 1, t), dockerfile);
    },
    salt,
    3,
  );
  process.stdout.write(JSON.stringify({ base, ours, parse, checks, gc }));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const TRIALS = 5;

async function main(): Promise<void> {
  // Trials in fresh processes, each measuring both sides back to back; medians over trials, so a
  // burst of load from other processes on the machine spoils one trial, not the result.
  const trials: {
    base: Record<number, number>;
    ours: Record<number, number>;
    parse: Record<number, number>;
    checks: Record<number, number>;
    gc: Record<number, number>;
  }[] = [];
  for (let t = 0; t < TRIALS; t++) {
    const p = spawnSync(process.execPath, ['--expose-gc', __filename], {
      env: { ...process.env, STEVEDORE_BENCH_TRIAL: '1' },
      encoding: 'utf8',
    });
    if (p.status !== 0) throw new Error(`trial failed: ${p.stderr}`);
    trials.push(JSON.parse(p.stdout) as (typeof trials)[number]);
  }
  const { rules } = await import('../../src/core/lint/dockerfile/index.js');
  const ours: Record<number, number> = {};
  const base: Record<number, number> = {};
  for (const n of SIZES) {
    ours[n] = median(trials.map((x) => x.ours[n]!));
    base[n] = median(trials.map((x) => x.base[n]!));
  }
  // The targets are ratios, taken within each trial (both sizes, both sides measured in the same process, rounds
  // interleaved) and then the median over trials: a trial run while the machine was busier moves both of its
  // figures, not the ratio, where the medians of each figure apart can come from different trials.
  const ratios80 = trials.map((x) => x.ours[80]! / x.base[80]!);
  const ratios1000 = trials.map((x) => x.ours[1000]! / x.base[1000]!);
  const growths = trials.map((x) => x.ours[1000]! / x.ours[80]!);
  console.log(
    `trials: ${TRIALS}; per trial: 80-line ratio ${ratios80.map((r) => r.toFixed(2)).join(' ')}; 1000/80 growth ${growths.map((r) => r.toFixed(2)).join(' ')}`,
  );

  console.log(`rules: ${rules.length} (all enabled by default run together)`);
  console.log('lines   stevedore (all rules)   dockerfile-utils validator   ratio');
  for (const n of SIZES)
    console.log(
      `${String(n).padStart(5)}   ${`${(ours[n]! / 1000).toFixed(3)} ms`.padStart(21)}   ${`${(base[n]! / 1000).toFixed(3)} ms`.padStart(26)}   ${(ours[n]! / base[n]!).toFixed(2)}x`,
    );
  const r80 = median(ratios80);
  const r1000 = median(ratios1000);
  const growth = median(growths);
  // The files are a fixed head and tail (the whole 10-line file) around repeated 7-line stages: 10 of them in the 80-line
  // file, 141 in the 1000-line one. Cost per stage, fixed part taken off, shows how far from linear each side is.
  const stages = (n: number) => (dockerfileOf(n).split('\n').length - 1 - 10) / 7;
  const perStage = (t: Record<number, number>, n: number) => (t[n]! - t[10]!) / stages(n) / 1000;
  for (const [name, t] of [
    ['stevedore', ours],
    ['validator', base],
  ] as const) {
    console.log(
      `${name}: per stage ${perStage(t, 80).toFixed(4)} ms at 80 lines, ${perStage(t, 1000).toFixed(4)} ms at 1000 lines (${(perStage(t, 1000) / perStage(t, 80)).toFixed(2)}x; 1.00x is linear)`,
    );
  }
  const bytes = dockerfileOf(1000).length / dockerfileOf(80).length;
  // the same ratio for each part of a lint (median over trials): which part grows faster than the file
  const growthOf = (f: (x: (typeof trials)[number], n: number) => number) =>
    median(trials.map((x) => f(x, 1000) / f(x, 80))).toFixed(2);
  console.log(
    `1000/80 growth by part: dockerfile-ast parse ${growthOf((x, n) => x.parse[n]!)}, dockerfile-utils' validator (over our parse) ${growthOf((x, n) => x.checks[n]! - x.parse[n]!)}, ` +
      `Stevedore's rules ${growthOf((x, n) => x.ours[n]! - x.checks[n]!)} (the files: lines 12.5x, bytes ${bytes.toFixed(2)}x, stages ${(stages(1000) / stages(80)).toFixed(2)}x)`,
  );
  // Copying collection of the young generation costs in proportion to what is alive: the 1000-line file's parse
  // is alive through more of each pause, so its pauses per lint grow faster than the file.
  const gcMs = (n: number) => median(trials.map((x) => x.gc[n]! / 1000)).toFixed(3);
  console.log(
    `GC pauses per lint (all rules, over every measured round): 80 lines ${gcMs(80)} ms, 1000 lines ${gcMs(1000)} ms; ` +
      `1000/80 growth with them taken off ${median(trials.map((x) => (x.ours[1000]! - x.gc[1000]!) / (x.ours[80]! - x.gc[80]!))).toFixed(2)}`,
  );
  const perByte = growth / bytes;
  console.log(`1000/80 growth per byte of the files: ${perByte.toFixed(2)}x (1.00x grows as the text does)`);
  const target = (what: string, v: number, max: number) =>
    console.log(
      `target ${what} <= ${max.toFixed(2)} (median of the trials): ${v.toFixed(2)} ${v <= max ? 'OK' : 'MISSED'}`,
    );
  target('all-rules/validator on 80 lines', r80, 1.5);
  target('all-rules/validator on 1000 lines', r1000, 1.5);
  target('1000/80 growth per byte', perByte, 1.1);
  if (r80 > 1.5 || r1000 > 1.5 || perByte > 1.1) process.exitCode = 1;
}

if (require.main === module)
  (process.env.STEVEDORE_BENCH_TRIAL ? trial() : main()).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
