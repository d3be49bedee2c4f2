// `npm run bench -- compose`: lint a 3-service and a 200-service compose file with every non-engine check,
// in-process, against `yaml.parseDocument` alone (the floor: any YAML-based linter pays it), and whole-process
// against `docker-compose config -q` (what the CLI does, first error only) and `dclint` (npm), in the same run.
//
// Targets: all checks ≤ 1.30× `parseDocument` alone on the 200-service file; < 3 ms for 3 services.
// How: TRIALS fresh processes; in each, both sides are warmed up, then timed in rounds that alternate which
// side goes first (A B, B A, …), so the garbage one side leaves is collected as often during the other side, and
// a burst of load on the shared machine hits both sides of a round alike. No forced GC: a gc() before a call
// makes the next parse several times slower (the heap is shrunk and regrown), on both sides. The figure judged is
// the median over all rounds of all trials: of the per-round ratio lint/parse (200 services) and of the lint
// time (3 services); the spread (10th–90th percentile) and each trial's median are printed beside it.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseDocument } from 'yaml';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { validateSync } from '../../src/core/lint/compose/index';
import { nodeHost } from '../../src/core/compose/project';
import { DEFAULT_LINT_SETTINGS } from '../../src/core/lint/types';

export function stack(n: number): string {
  const lines = [
    'name: bench',
    'x-common: &common',
    '  restart: unless-stopped',
    '  logging:',
    '    driver: json-file',
    'services:',
  ];
  for (let i = 0; i < n; i++) {
    lines.push(
      `  svc${i}:`,
      '    <<: *common',
      `    image: registry.example.com/team/svc${i}:1.${i}.0`,
      '    environment:',
      `      SERVICE_NAME: svc${i}`,
      '      LOG_LEVEL: ${LOG_LEVEL:-info}',
      `      UPSTREAM: http://svc${(i + 1) % n}:8080`,
      '    ports:',
      `      - "127.0.0.1:${10000 + i}:8080"`,
      '    volumes:',
      `      - data${i % 10}:/var/lib/app`,
      `      - ./conf/svc${i}.yaml:/etc/app/config.yaml:ro`,
      '    networks: [back]',
      ...(i > 0 ? ['    depends_on:', `      svc${i - 1}:`, '        condition: service_healthy'] : []),
      '    healthcheck:',
      '      test: ["CMD", "wget", "-qO-", "http://localhost:8080/health"]',
      '      interval: 10s',
      '      retries: 3',
      '    deploy:',
      '      resources:',
      '        limits:',
      '          memory: 256M',
    );
  }
  lines.push('networks:', '  back:', 'volumes:', ...Array.from({ length: 10 }, (_, i) => `  data${i}:`));
  return lines.join('\n') + '\n';
}

const SIZES = [3, 200] as const;
/** timed rounds per trial (one call of each side per round) and warm-up calls per side */
const PLAN: Record<(typeof SIZES)[number], { rounds: number; warmup: number }> = {
  3: { rounds: 300, warmup: 200 },
  200: { rounds: 30, warmup: 15 },
};
const TRIALS = 5;
const TARGET_RATIO_200 = 1.3;
const TARGET_MS_3 = 3;

interface Samples {
  parse: number[];
  lint: number[];
}

/** One trial, in a fresh process: per size, the per-round times of both sides. */
function trial(dir: string): void {
  const host = nodeHost({ LOG_LEVEL: 'info' });
  const settings = { ...DEFAULT_LINT_SETTINGS, engineChecks: false };
  const out: Record<number, Samples> = {};
  for (const n of SIZES) {
    const text = stack(n);
    const uri = pathToFileURL(join(dir, `compose-${n}.yaml`)).href;
    const sides = [
      () => {
        parseDocument(text);
      },
      () => {
        validateSync(TextDocument.create(uri, 'dockercompose', 1, text), settings, { host });
      },
    ];
    for (let i = 0; i < PLAN[n].warmup; i++) for (const f of sides) f();
    const samples: Samples = { parse: [], lint: [] };
    for (let r = 0; r < PLAN[n].rounds; r++) {
      const order = r % 2 === 0 ? [0, 1] : [1, 0];
      for (const s of order) {
        const t = performance.now();
        sides[s]!();
        (s === 0 ? samples.parse : samples.lint).push(performance.now() - t);
      }
    }
    out[n] = samples;
  }
  process.stdout.write(JSON.stringify(out));
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const median = (xs: number[]) => quantile(xs, 0.5);
const ratios = (s: Samples) => s.lint.map((l, i) => l / s.parse[i]!);

function timeProcess(cmd: string, args: string[], runs: number): number | undefined {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync(cmd, args, { stdio: 'ignore', env: { ...process.env, LOG_LEVEL: 'info' } });
    if (r.error) return undefined;
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const fmt = (ms: number | undefined) =>
  ms === undefined ? 'n/a' : ms < 10 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(1)} ms`;
const vs = (a: number, b: number | undefined) =>
  b === undefined ? 'n/a' : a / b < 0.1 ? `1/${Math.round(b / a)}` : `${(a / b).toFixed(2)}×`;

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'stv-compose-bench-'));
  const dclint = resolve('node_modules/dclint/bin/dclint.cjs');
  const hasCompose = spawnSync('docker-compose', ['version', '--short'], { stdio: 'ignore' }).status === 0;
  let failed = false;
  try {
    const settings = { ...DEFAULT_LINT_SETTINGS, engineChecks: false };
    for (const n of SIZES) {
      const text = stack(n);
      const file = join(dir, `compose-${n}.yaml`);
      writeFileSync(file, text);
      const check = validateSync(TextDocument.create(pathToFileURL(file).href, 'dockercompose', 1, text), settings, {
        host: nodeHost({ LOG_LEVEL: 'info' }),
      });
      if (check.some((d) => d.severity === 1))
        throw new Error(`bench file has errors: ${check.map((d) => d.message).join('; ')}`);
    }
    const trials: Record<number, Samples>[] = [];
    for (let t = 0; t < TRIALS; t++) {
      const p = spawnSync(process.execPath, [__filename], {
        env: { ...process.env, STEVEDORE_BENCH_TRIAL: dir },
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      });
      if (p.status !== 0) throw new Error(`trial failed: ${p.stderr}`);
      trials.push(JSON.parse(p.stdout) as Record<number, Samples>);
    }
    console.log(
      `node ${process.version}; docker-compose ${hasCompose ? execFileSync('docker-compose', ['version', '--short']).toString().trim() : 'not installed'}; dclint ${existsSync(dclint) ? 'installed' : 'not installed'}`,
    );
    console.log(
      `${TRIALS} trials (fresh processes) × ${SIZES.map((n) => `${PLAN[n].rounds} rounds (${n} services)`).join(', ')}; order alternates per round`,
    );
    console.log(
      'file                      | parse alone median | all checks median | lint/parse per round: median [p10–p90] | per-trial medians        | target',
    );
    const pooled: Record<number, Samples> = {};
    for (const n of SIZES) {
      const all: Samples = { parse: trials.flatMap((t) => t[n]!.parse), lint: trials.flatMap((t) => t[n]!.lint) };
      pooled[n] = all;
      const rs = ratios(all);
      const r = median(rs);
      const lint = median(all.lint);
      const ok = n === 200 ? r <= TARGET_RATIO_200 : lint < TARGET_MS_3;
      if (!ok) failed = true;
      const perTrial = trials
        .map((t) => (n === 200 ? median(ratios(t[n]!)).toFixed(2) : median(t[n]!.lint).toFixed(2)))
        .join(' ');
      console.log(
        [
          `${n} services (${stack(n).split('\n').length} lines)`.padEnd(25),
          fmt(median(all.parse)).padEnd(18),
          fmt(lint).padEnd(17),
          `${r.toFixed(2)}× [${quantile(rs, 0.1).toFixed(2)}–${quantile(rs, 0.9).toFixed(2)}]`.padEnd(37),
          `${n === 200 ? 'ratio' : 'ms'} ${perTrial}`.padEnd(24),
          `${n === 200 ? `ratio ≤ ${TARGET_RATIO_200.toFixed(2)}×` : `lint < ${TARGET_MS_3} ms`}: ${ok ? 'ok' : 'MISSED'}`,
        ].join(' | '),
      );
    }
    console.log(
      'whole process (median)    | docker-compose config -q | dclint    | in-process lint vs compose | vs dclint',
    );
    for (const n of SIZES) {
      const file = join(dir, `compose-${n}.yaml`);
      const runs = n === 3 ? 7 : 5;
      const compose = hasCompose
        ? timeProcess('docker-compose', ['-f', file, '--project-directory', dir, 'config', '-q'], runs)
        : undefined;
      const dc = existsSync(dclint) ? timeProcess(process.execPath, [dclint, file], runs) : undefined;
      const lint = median(pooled[n]!.lint);
      console.log(
        `${`${n} services`.padEnd(25)} | ${fmt(compose).padEnd(24)} | ${fmt(dc).padEnd(9)} | ${vs(lint, compose).padEnd(26)} | ${vs(lint, dc)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (failed) process.exitCode = 1;
}

if (require.main === module) {
  if (process.env.STEVEDORE_BENCH_TRIAL) trial(process.env.STEVEDORE_BENCH_TRIAL);
  else main();
}
