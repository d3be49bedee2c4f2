// The Dockerfile family: validate(doc, settings, facts) → LSP diagnostics.
// False-positive line: if `docker build` (BuildKit) accepts it without a warning and hadolint would
// not flag it, a rule stays silent unless it is one of our documented lessons.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { EngineFacts, LintSettings, Severity } from '../types';
import { ruleMatches, severityResolver, toDiagnostic } from '../rule';
import { parsedDocument, type ParsedDockerfile } from './parse';
import { ALL_BUILD_CHECKS, readPragmas, type Pragmas } from './pragmas';
import { filePathOf, walk, type RawFinding } from './walk';
import { unreadIgnoreFile } from './unreadFiles';
import { tooDeepRuns } from './nesting';
import { rules } from './rules';
import type { DockerfileRule } from './model';

export { rules } from './rules';
export type { DockerfileRule } from './model';

const buildCheck = new WeakMap<readonly string[], boolean>();
/** BuildKit build-check names are the PascalCase aliases (hadolint's are DL + digits). */
export function isBuildCheck(aliases: readonly string[]): boolean {
  let v = buildCheck.get(aliases);
  if (v === undefined) {
    v = aliases.some((a) => /^[A-Z][A-Za-z]+$/.test(a));
    buildCheck.set(aliases, v);
  }
  return v;
}

export interface StagedResult {
  /** everything decidable offline, computed synchronously */
  diagnostics: Diagnostic[];
  /**
   * the full list including engine-aware findings; undefined when there is no engine work, `diagnostics` itself
   * when the engine work found nothing (nothing to publish again)
   */
  later?: Promise<Diagnostic[]>;
}

export function validateStaged(
  doc: TextDocument,
  settings: LintSettings,
  facts?: EngineFacts,
  ruleSet: readonly DockerfileRule[] = rules,
): StagedResult {
  const parsed = parsedDocument(doc);
  const pragmas = readPragmas(
    parsed.dockerfile,
    (line) => doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }),
    settings.buildArgs?.['BUILDKIT_DOCKERFILE_CHECK'],
  );
  const severities = new Map<string, { severity: Severity; explicit: boolean }>();
  const resolve = severityResolver(settings);
  const active = ruleSet.filter((r) => {
    const resolved = resolve(r);
    let severity = resolved.severity;
    if (pragmas.global.length && pragmas.global.some((n) => ruleMatches(r, n))) severity = 'off';
    // BuildKit's experimental checks run only when asked for (`# check=experimental=<name>|all`), whatever skip says
    const experimental = r.tags?.includes('experimental') ?? false;
    const asked = (n: string) => n.toLowerCase() === 'all' || ruleMatches(r, n);
    if (experimental && !resolved.explicit && pragmas.checkExperimental.some(asked)) severity = 'warning';
    if (
      !experimental &&
      pragmas.checkSkip.length &&
      isBuildCheck(r.aliases) &&
      pragmas.checkSkip.some((n) => n.toLowerCase() === 'all' || ruleMatches(r, n))
    )
      severity = 'off';
    severities.set(r.id, { severity, explicit: resolved.explicit });
    return severity !== 'off';
  });
  const useFacts = settings.engineChecks ? facts : undefined;
  const { findings, deferred } = walk({
    doc,
    parsed,
    settings,
    pragmas,
    rules: active,
    ...(useFacts ? { facts: useFacts } : {}),
  });
  const convert = (fs: RawFinding[]) => toDiagnostics(fs, parsed, pragmas, severities);
  const diagnostics = convert(findings);
  const unread = unreadIgnoreFile(filePathOf(doc), settings);
  if (unread) diagnostics.unshift(unread);
  diagnostics.push(...tooDeepRuns(doc, parsed.nodes));
  if (deferred.length === 0) return { diagnostics };
  const before = findings.length;
  const later = Promise.allSettled(deferred.map((w) => w())).then(() =>
    findings.length === before ? diagnostics : [...diagnostics, ...convert(findings.slice(before))],
  );
  return { diagnostics, later };
}

export async function validate(doc: TextDocument, settings: LintSettings, facts?: EngineFacts): Promise<Diagnostic[]> {
  const r = validateStaged(doc, settings, facts);
  return r.later ? r.later : r.diagnostics;
}

function toDiagnostics(
  findings: RawFinding[],
  parsed: ParsedDockerfile,
  pragmas: Pragmas,
  severities: Map<string, { severity: Severity; explicit: boolean }>,
): Diagnostic[] {
  const ignoredSpans: { start: number; end: number; names: string[] }[] = [];
  if (pragmas.byLine.size > 0) {
    for (const inst of parsed.instructions) {
      const r = inst.getRange();
      const names = pragmas.byLine.get(r.start.line);
      if (names) ignoredSpans.push({ start: r.start.line, end: r.end.line, names });
    }
  }
  const out: Diagnostic[] = [];
  for (const f of findings) {
    const line = f.range.start.line;
    const skipped = (n: string) => ruleMatches(f.rule, n) || (n === ALL_BUILD_CHECKS && isBuildCheck(f.rule.aliases));
    if (ignoredSpans.some((s) => line >= s.start && line <= s.end && s.names.some(skipped))) continue;
    const { severity: configured, explicit } = severities.get(f.rule.id) ?? {
      severity: f.rule.severity,
      explicit: false,
    };
    let sev: Severity = explicit ? configured : (f.severity ?? configured);
    if (!explicit && pragmas.checkError && isBuildCheck(f.rule.aliases)) sev = 'error';
    if (sev === 'off') continue;
    out.push(toDiagnostic(f.rule, f, sev));
  }
  // stable order (position, then rule) whatever order the listeners ran in; rule ids compare by code unit
  // (localeCompare would load ICU's collator, ~5 ms of a `stevedore lint` run)
  return out.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      compareIds(String(a.code), String(b.code)),
  );
}

const compareIds = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
