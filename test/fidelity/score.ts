// Fidelity of the Dockerfile rules against the originals: hadolint's rule specs and BuildKit's lint tests,
// transcribed into test/fidelity/*/cases.json (scripts/fidelity/extract-*.mjs), and real Dockerfiles of official
// images (test/fixtures/real). Kept apart from the unit tests: these figures measure, they do not gate.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { rules, validateStaged } from '../../src/core/lint/dockerfile';
import { DEFAULT_LINT_SETTINGS, type DiagnosticData, type LintSettings } from '../../src/core/lint/types';

export const HADOLINT_RULES = (
  'DL1001 DL3000 DL3001 DL3002 DL3003 DL3004 DL3006 DL3007 DL3008 DL3009 DL3010 DL3011 DL3012 DL3013 DL3014 DL3015 ' +
  'DL3016 DL3018 DL3019 DL3020 DL3021 DL3022 DL3023 DL3024 DL3025 DL3026 DL3027 DL3028 DL3029 DL3030 DL3032 DL3033 ' +
  'DL3034 DL3035 DL3036 DL3037 DL3038 DL3040 DL3041 DL3042 DL3043 DL3044 DL3045 DL3046 DL3047 DL3048 DL3049 DL3050 ' +
  'DL3051 DL3052 DL3053 DL3054 DL3055 DL3056 DL3057 DL3058 DL3059 DL3060 DL3061 DL3062 DL3063 DL3064 DL3065 DL3066 ' +
  'DL3067 DL4000 DL4001 DL4003 DL4004 DL4005 DL4006'
).split(' ');
export const BUILDKIT_RULES = (
  'StageNameCasing FromAsCasing NoEmptyContinuation ConsistentInstructionCasing DuplicateStageName ReservedStageName ' +
  'JSONArgsRecommended MaintainerDeprecated UndefinedArgInFrom WorkdirRelativePath UndefinedVar ' +
  'MultipleInstructionsDisallowed LegacyKeyValueFormat InvalidBaseImagePlatform RedundantTargetPlatform ' +
  'SecretsUsedInArgOrEnv InvalidDefaultArgInFrom FromPlatformFlagConstDisallowed CopyIgnoredFile ' +
  'InvalidDefinitionDescription ExposeProtoCasing ExposeInvalidFormat'
).split(' ');

const claimedAliases = new Set(rules.flatMap((r) => r.aliases));
const ALL_ON: LintSettings = {
  ...DEFAULT_LINT_SETTINGS,
  engineChecks: false,
  rules: Object.fromEntries(rules.map((r) => [r.id, r.severity === 'off' ? 'warning' : r.severity])),
};

function lint(text: string, settings: LintSettings, uri = 'untitled:Dockerfile'): Diagnostic[] {
  return validateStaged(TextDocument.create(uri, 'dockerfile', 1, text), settings).diagnostics;
}

/** A build context holding only `.dockerignore` (the rules read it beside the Dockerfile): the Dockerfile's uri. */
function contextWithIgnore(dockerignore: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'stevedore-fidelity-'));
  writeFileSync(join(dir, '.dockerignore'), dockerignore);
  return pathToFileURL(join(dir, 'Dockerfile')).toString();
}
const aliasesOf = (d: Diagnostic) => (d.data as DiagnosticData | undefined)?.aliases ?? [];

export interface Score {
  claimed: number;
  total: number;
  unclaimed: string[];
  positives: number;
  truePositives: number;
  negatives: number;
  trueNegatives: number;
  failures: string[];
}
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const recall = (s: Score) => ratio(s.truePositives, s.positives);
export const specificity = (s: Score) => ratio(s.trueNegatives, s.negatives);

interface HadolintCase {
  rule: string;
  dockerfile: string;
  fires: boolean;
  onbuild: boolean;
  config?: string;
  source: string;
}
const LABEL_TYPES: Record<string, string> = {
  RawText: 'text',
  Url: 'url',
  Rfc3339: 'rfc3339',
  Spdx: 'spdx',
  GitHash: 'hash',
  SemVer: 'semver',
  Email: 'email',
};
/** hadolint's `def { … }` configurations as our settings. */
function hadolintSettings(config: string | undefined): LintSettings {
  if (!config) return ALL_ON;
  const s: LintSettings = { ...ALL_ON };
  const reg = /allowedRegistries = \[([^\]]*)\]/.exec(config);
  if (reg) s.trustedRegistries = [...reg[1]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!);
  const schema = [...config.matchAll(/\( "([^"]*)" , (?:Rule\.)?(\w+) \)/g)];
  if (schema.length) s.labelSchema = Object.fromEntries(schema.map((m) => [m[1]!, LABEL_TYPES[m[2]!] ?? 'text']));
  if (/strictLabels = True/.test(config)) s.strictLabels = true;
  return s;
}
/** hadolint's onBuild* helpers wrap every RUN instruction in ONBUILD. */
const wrapRunsInOnbuild = (text: string) =>
  text
    .split('\n')
    .map((l, i, all) => (/^RUN\b/i.test(l) && !/\\\s*$/.test(all[i - 1] ?? '') ? `ONBUILD ${l}` : l))
    .join('\n');

export function scoreHadolint(dir = 'test/fidelity/hadolint'): Score {
  const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as HadolintCase[];
  const unclaimed = HADOLINT_RULES.filter((r) => !claimedAliases.has(r));
  const s: Score = {
    claimed: HADOLINT_RULES.length - unclaimed.length,
    total: HADOLINT_RULES.length,
    unclaimed,
    positives: 0,
    truePositives: 0,
    negatives: 0,
    trueNegatives: 0,
    failures: [],
  };
  for (const c of cases) {
    if (!HADOLINT_RULES.includes(c.rule) || !claimedAliases.has(c.rule)) continue;
    const text = c.onbuild ? wrapRunsInOnbuild(c.dockerfile) : c.dockerfile;
    const n = lint(text, hadolintSettings(c.config)).filter((d) => aliasesOf(d).includes(c.rule)).length;
    // ruleCatches: at least one; onBuildRuleCatches: exactly one; *Not: none
    const ok = c.fires ? (c.onbuild ? n === 1 : n > 0) : n === 0;
    if (c.fires) s.positives++;
    else s.negatives++;
    if (ok && c.fires) s.truePositives++;
    if (ok && !c.fires) s.trueNegatives++;
    if (!ok)
      s.failures.push(
        `${c.rule} ${c.fires ? 'missed' : 'false alarm'} (${n})${c.onbuild ? ' onbuild' : ''}: ${JSON.stringify(text)}`,
      );
  }
  return s;
}

interface BuildkitCase {
  test: string;
  dockerfile: string;
  dockerignore?: string;
  buildArgs?: Record<string, string>;
  warnings: { rule: string; line: number }[];
}

export function scoreBuildkit(dir = 'test/fidelity/buildkit'): Score & { withInputs: number } {
  const cases = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as BuildkitCase[];
  const unclaimed = BUILDKIT_RULES.filter((r) => !claimedAliases.has(r));
  const s = {
    claimed: BUILDKIT_RULES.length - unclaimed.length,
    total: BUILDKIT_RULES.length,
    unclaimed,
    positives: 0,
    truePositives: 0,
    negatives: 0,
    trueNegatives: 0,
    failures: [] as string[],
    withInputs: 0,
  };
  const underTest = new Map<string, Set<string>>();
  for (const c of cases)
    for (const w of c.warnings) (underTest.get(c.test) ?? underTest.set(c.test, new Set()).get(c.test)!).add(w.rule);
  for (const c of cases) {
    // build arguments go to the lint settings (as `stevedore lint --build-arg`), a .dockerignore into a context folder
    if (c.buildArgs || c.dockerignore !== undefined) s.withInputs++;
    const uri = c.dockerignore !== undefined ? contextWithIgnore(c.dockerignore) : undefined;
    const settings = { ...ALL_ON, rules: {}, ...(c.buildArgs ? { buildArgs: c.buildArgs } : {}) };
    const found = lint(c.dockerfile, settings, uri);
    if (uri) rmSync(dirname(fileURLToPath(uri)), { recursive: true, force: true });
    const ours = found
      .map((d) => ({ rules: aliasesOf(d).filter((a) => BUILDKIT_RULES.includes(a)), line: d.range.start.line + 1 }))
      .filter((d) => d.rules.length > 0);
    const lines = c.dockerfile.split('\n');
    const label = `${c.test}: ${JSON.stringify(c.dockerfile.length > 300 ? c.dockerfile.slice(0, 300) + '…' : c.dockerfile)}`;
    const relevant = new Set([...(underTest.get(c.test) ?? []), ...ours.flatMap((o) => o.rules)]);
    for (const rule of relevant) {
      if (!claimedAliases.has(rule)) continue;
      const expected = c.warnings.filter((w) => w.rule === rule).map((w) => w.line);
      const got = ours.filter((o) => o.rules.includes(rule)).map((o) => o.line);
      if (expected.length === 0) {
        s.negatives++;
        if (got.length === 0) s.trueNegatives++;
        else s.failures.push(`${rule} false alarm at ${got.join(',')} (${lines[got[0]! - 1]}) in ${label}`);
        continue;
      }
      for (const line of expected) {
        s.positives++;
        // a finding counts on the line BuildKit reports or within the same instruction's continuation lines
        if (got.some((g) => line === 0 || sameInstruction(lines, g, line))) s.truePositives++;
        else s.failures.push(`${rule} missed at ${line} (got ${got.join(',') || 'none'}) in ${label}`);
      }
      const extra = got.filter((g) => !expected.some((e) => e === 0 || sameInstruction(lines, g, e)));
      if (extra.length) s.failures.push(`${rule} extra at ${extra.join(',')} in ${label}`);
    }
  }
  return s;
}

/** 1-based line → first line of the instruction it belongs to (continuation lines, and blank or comment lines inside one) */
function instructionStart(lines: string[], line: number): number {
  let start = line;
  for (let l = line - 1; l >= 1; l--) {
    const text = lines[l - 1] ?? '';
    if (/\\\s*$/.test(text)) start = l;
    else if (!(text.trim() === '' || /^\s*#/.test(text))) break;
  }
  return start;
}
/** BuildKit reports some checks on an instruction's last line, we on the offending part: same instruction counts */
const sameInstruction = (lines: string[], a: number, b: number) =>
  instructionStart(lines, a) === instructionStart(lines, b);

export interface RealScore {
  files: number;
  /** rule id → files it fires on (default settings) */
  firing: Map<string, number>;
  errors: string[];
}

export function scoreReal(dir = 'test/fixtures/real'): RealScore {
  const out: RealScore = { files: 0, firing: new Map(), errors: [] };
  const settings: LintSettings = { ...DEFAULT_LINT_SETTINGS, engineChecks: false };
  for (const f of readdirSync(dir)
    .filter((f) => f.includes('Dockerfile'))
    .sort()) {
    out.files++;
    const ds = lint(readFileSync(join(dir, f), 'utf8'), settings);
    for (const id of new Set(ds.map((d) => String(d.code)))) out.firing.set(id, (out.firing.get(id) ?? 0) + 1);
    for (const d of ds.filter((d) => d.severity === 1))
      out.errors.push(`${f}:${d.range.start.line + 1} ${d.code}: ${d.message}`);
  }
  return out;
}
