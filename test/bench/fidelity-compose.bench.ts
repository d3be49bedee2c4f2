// `npm run bench -- fidelity-compose`: how closely compose linting agrees with compose-go, on a corpus kept apart
// from the unit tests (test/fidelity/compose/): `invalid/` and `valid/` are compose-go's own loader test cases
// (each file names the test it comes from and the error compose-go gives), `real/` holds maintained sample stacks.
// A directory case is linted through its `compose.yaml`, with the files beside it.
//
// Targets: ≥ 95 % of invalid files get an error-level finding; 0 valid files do; 0 error-level findings on the
// real stacks; no rule firing on more than a third of the real files. The peer, measured in the same run on the
// same files: dclint (npm), in-process with its default rules. FIDELITY_VERBOSE=1 lists the rules catching each invalid file.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { nodeHost } from '../../src/core/compose/project';
import { validateSync } from '../../src/core/lint/compose/index';
import { DEFAULT_LINT_SETTINGS } from '../../src/core/lint/types';

const ROOT = resolve('test/fidelity/compose');
const COMPOSE = /^(docker-)?compose[^/]*\.ya?ml$/;

function casesIn(dir: string, deep: boolean): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (deep) out.push(...casesIn(p, true));
      else if (existsSync(join(p, 'compose.yaml'))) out.push(join(p, 'compose.yaml'));
    } else if (deep ? COMPOSE.test(name) : /\.ya?ml$/.test(name)) out.push(p);
  }
  return out;
}

function lint(file: string): Diagnostic[] {
  const doc = TextDocument.create(pathToFileURL(file).href, 'dockercompose', 1, readFileSync(file, 'utf8'));
  return validateSync(doc, DEFAULT_LINT_SETTINGS, { host: nodeHost({}) });
}
const isError = (d: Diagnostic) => d.severity === DiagnosticSeverity.Error;

type Dclint = {
  lintFiles(paths: string[], recursive: boolean): { errorCount: number; messages: { rule: string }[] }[];
};
function dclint(): Dclint | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { DCLinter } = require('dclint') as { DCLinter: new (c: unknown) => Dclint };
    return new DCLinter({ rules: {}, quiet: true, debug: false, exclude: [] });
  } catch {
    return undefined;
  }
}
const peer = dclint();
const peerErrors = (file: string): boolean | undefined => {
  if (!peer) return undefined;
  try {
    return peer.lintFiles([file], false).some((r) => r.errorCount > 0);
  } catch {
    return true; // dclint throws on a file it cannot read as compose: count that as an error found
  }
};

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : 'n/a');
const rel = (f: string) => relative(ROOT, f);

const invalid = casesIn(join(ROOT, 'invalid'), false);
const valid = casesIn(join(ROOT, 'valid'), false);
const real = casesIn(join(ROOT, 'real'), true);

const missed = invalid.filter((f) => !lint(f).some(isError));
// FIDELITY_VERBOSE=1: which rules give each invalid file its errors, to check they are caught for the right reason
if (process.env.FIDELITY_VERBOSE)
  for (const f of invalid)
    console.log(
      `  ${rel(f)}: ${[
        ...new Set(
          lint(f)
            .filter(isError)
            .map((d) => d.code),
        ),
      ].join(', ')}`,
    );
const falseAlarms = valid.map((f) => ({ f, errs: lint(f).filter(isError) })).filter((x) => x.errs.length);
const peerInvalid = invalid.filter((f) => peerErrors(f)).length;
const peerValid = valid.filter((f) => peerErrors(f)).length;

console.log(
  `compose-go invalid files with an error : ${pct(invalid.length - missed.length, invalid.length)} (${invalid.length - missed.length}/${invalid.length}; target ≥ 95 %) | dclint ${peer ? pct(peerInvalid, invalid.length) : 'not installed'}`,
);
for (const f of missed) console.log(`  missed: ${rel(f)} — ${readFileSync(f, 'utf8').split('\n')[0]}`);
console.log(
  `compose-go valid files with an error   : ${falseAlarms.length}/${valid.length} (target 0) | dclint ${peer ? `${peerValid}/${valid.length}` : 'not installed'}`,
);
for (const { f, errs } of falseAlarms)
  console.log(`  ${rel(f)}: ${errs.map((e) => `${e.code} ${e.message}`).join(' | ')}`);

const firing = new Map<string, { files: number; errors: number }>();
let realErrors = 0;
for (const f of real) {
  const ds = lint(f);
  for (const d of ds.filter(isError))
    console.log(`  real error: ${rel(f)}:${d.range.start.line + 1} ${d.code} ${d.message}`);
  realErrors += ds.filter(isError).length;
  for (const code of new Set(ds.map((d) => String(d.code)))) {
    const r = firing.get(code) ?? { files: 0, errors: 0 };
    r.files++;
    r.errors += ds.filter((d) => d.code === code && isError(d)).length;
    firing.set(code, r);
  }
}
console.log(`real stacks: ${real.length} files, ${realErrors} error-level findings (target 0)`);
console.log('rule firing rate on real files (files with ≥ 1 finding; target ≤ 33 %):');
for (const [code, r] of [...firing].sort((a, b) => b[1].files - a[1].files))
  console.log(
    `  ${code.padEnd(28)} ${pct(r.files, real.length).padStart(7)}${r.files * 3 > real.length ? '  (over a third)' : ''}`,
  );
