// Scale bench for the paths that were quadratic: Dockerfile semantic tokens, code actions over many diagnostics,
// nested `${A:-${A:-…}}` interpolation. Each is timed at 800 and 8,000 (lines, diagnostics, nesting levels);
// linear growth is 8,000 ≤ 10× the 800 time. Best of several rounds, each after a full collection (`--expose-gc`) so
// no round pays for the garbage of the one before; the fast ones make several calls per round, as much work at
// each size. The ratio is taken on the process's CPU time (user + system, GC
// threads included): the work is pure computation, and on a shared machine wall time mostly measures the wait for
// a core. Wall time is printed beside it. A reference measured in the same run, a loop that keeps a record per item,
// shows what memory alone makes of the ratio on this machine; each path is also compared with it.
import { DockerfileLanguageServiceFactory } from 'dockerfile-language-service';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { interpolate, resolveKnown } from '../../src/core/compose/interpolation';
import { validate } from '../../src/core/lint/dockerfile/index';
import { DEFAULT_LINT_SETTINGS } from '../../src/core/lint/types';
import { codeActionsFor } from '../../src/server/codeActions';
import { semanticTokensLinear } from '../../src/server/semanticTokens';

interface Timing {
  cpu: number;
  wall: number;
}

/**
 * Time per call, best of `rounds`. A round makes `calls` calls, so that it lasts tens of milliseconds: the kernel
 * counts CPU time in ticks of some milliseconds, and a round of one 1 ms call read as 0, 1 or 4 ms made the ratio
 * swing between 7× and 13× from run to run.
 */
const best = (rounds: number, f: () => unknown, calls = 1): Timing => {
  f(); // warm-up: compiled code and a grown heap for both sizes
  const min = { cpu: Infinity, wall: Infinity };
  for (let i = 0; i < rounds; i++) {
    (globalThis as { gc?: () => void }).gc?.();
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    for (let k = 0; k < calls; k++) f();
    const wall = (performance.now() - t0) / calls;
    const c = process.cpuUsage(c0);
    min.cpu = Math.min(min.cpu, (c.user + c.system) / 1000 / calls);
    min.wall = Math.min(min.wall, wall);
  }
  return min;
};

/** `referenceRatio`: the reference's, in this run (below): how much a one-pass loop grows from 800 to 8,000. */
const report = (name: string, small: Timing, big: Timing, referenceRatio?: number) => {
  const ratio = big.cpu / small.cpu;
  const vsReference =
    referenceRatio === undefined
      ? ''
      : `  reference ${referenceRatio.toFixed(1)}×: ${ratio <= referenceRatio ? 'grows no faster than a one-pass loop' : 'GROWS FASTER than a one-pass loop'}`;
  console.log(
    `${name.padEnd(31)} CPU 800: ${small.cpu.toFixed(2).padStart(7)} ms  8000: ${big.cpu.toFixed(2).padStart(8)} ms  ratio ${ratio.toFixed(1).padStart(5)}×  (target ≤ 10×)${ratio > 10 ? '  MISSED' : ''}${vsReference}   wall ${small.wall.toFixed(2)} / ${big.wall.toFixed(2)} ms (${(big.wall / small.wall).toFixed(1)}×)`,
  );
  return ratio;
};

/**
 * CPU µs per item at sizes past 8,000: a cost per item that rises with the size, then stops rising, is the data
 * outgrowing the processor's caches and the young generation; one that keeps rising is an algorithm's.
 */
const perItem = (name: string, sizes: number[], timeOf: (n: number) => Timing) =>
  console.log(
    `${name.padEnd(31)} CPU µs per item: ${sizes.map((n) => `${n}: ${((1000 * timeOf(n).cpu) / n).toFixed(2)}`).join('  ')}`,
  );

/**
 * A reference, measured in the same run: the least a one-pass algorithm can do whose answer keeps a record per item (a
 * TextEdit, in an array and a Map). Nothing in it grows faster than the count; what its ratio shows above 10× is
 * memory (the answer outgrows the young generation, and every collection during a call copies what is alive).
 */
const reference = (n: number) => () => {
  const edits: TextEdit[] = [];
  const byLine = new Map<number, TextEdit>();
  for (let line = 0; line < n; line++) {
    const at = { line, character: 0 };
    const edit = { range: { start: at, end: { line, character: 1 } }, newText: '#' };
    edits.push(edit);
    byLine.set(line, edit);
  }
  return edits;
};
const referenceOf = (n: number) => best(10, reference(n), Math.max(1, Math.round(320_000 / n))); // rounds as long as the others';
const referenceRatio = report('reference (a record per item)', referenceOf(800), referenceOf(8000));
perItem('reference (a record per item)', [800, 2000, 8000, 20_000], referenceOf);

const service = DockerfileLanguageServiceFactory.createLanguageService();
const unit =
  'FROM alpine:3 AS b\nARG X=1\nENV A=$X B="q"\nRUN echo $A && \\\n  apk add curl # c\n# comment\nCOPY --from=b /a /b\n';
const dockerfile = (lines: number) => unit.repeat(Math.ceil(lines / 7));
const tokens = (text: string) => semanticTokensLinear((t) => service.computeSemanticTokens(t), text);
report(
  'semantic tokens (lines)',
  best(5, () => tokens(dockerfile(800))),
  best(3, () => tokens(dockerfile(8000))),
  referenceRatio,
);

async function actions(n: number): Promise<() => unknown> {
  // four findings per instruction group: n diagnostics in all
  const text = 'FROM ubuntu\n' + 'RUN apt-get install curl\nMAINTAINER x\n'.repeat(Math.ceil(n / 4));
  const doc = TextDocument.create('file:///tmp/bench/Dockerfile', 'dockerfile', 1, text);
  const diags = (await validate(doc, { ...DEFAULT_LINT_SETTINGS, engineChecks: false })).slice(0, n);
  return () => codeActionsFor(doc, diags, diags, { pragmas: true });
}

void (async () => {
  const sizes = [800, 2000, 8000, 20_000];
  const made = new Map<number, () => unknown>();
  for (const n of sizes) made.set(n, await actions(n));
  const timeOf = (n: number) => best(10, made.get(n) ?? (() => 0), Math.max(1, Math.round(16_000 / n)));
  report('code actions (diagnostics)', timeOf(800), timeOf(8000), referenceRatio);
  perItem('code actions (diagnostics)', sizes, timeOf);
})();

const env = (name: string) => (name === 'SET' ? 'v' : undefined);
const nested = (d: number) => `${'${A:-'.repeat(d)}x${'}'.repeat(d)}`;
const interp = (d: number) => () => {
  interpolate(nested(d), env);
  resolveKnown(nested(d), env);
};
const interpOf = (d: number) => best(20, interp(d), Math.max(1, Math.round(16_000 / d)));
report('interpolation (nesting levels)', interpOf(800), interpOf(8000), referenceRatio);
perItem('interpolation (nesting levels)', [800, 2000, 8000, 20_000], interpOf);
