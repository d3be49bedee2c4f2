// The rule record shared by both families, severity resolution and the Finding → Diagnostic mapping.
import type { Diagnostic } from 'vscode-languageserver-types';
import { DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver-types';
import {
  DIAGNOSTIC_SOURCE,
  type DiagnosticData,
  type Finding,
  type LintSettings,
  type RuleMeta,
  type Severity,
} from './types';

/** Messages are functions so their arguments are type-checked. */
export type Messages = Record<string, (...args: never[]) => string>;

/**
 * A lint rule: metadata plus `create(ctx)`, which returns listeners the family's walker calls
 * (e.g. per instruction keyword) and an optional `end()` for whole-file decisions.
 */
export interface Rule<Ctx, Listeners, M extends Messages = Messages> extends RuleMeta {
  messages: M;
  create(ctx: Ctx): Listeners;
}

/**
 * `defineRule` of a family (its context and listeners): the record's own type comes back, so `this.messages.x` in
 * `create` is the declared message function, not an index-signature lookup.
 */
export function ruleFamily<Ctx, L>() {
  return <M extends Messages>(rule: Rule<Ctx, L, M> & ThisType<Rule<Ctx, L, M>>): Rule<Ctx, L, M> => rule;
}

export const SEVERITIES = ['error', 'warning', 'info', 'style', 'off'] as const;
const RANK: Record<Severity, number> = { error: 4, warning: 3, info: 2, style: 1, off: 0 };

export function severityRank(s: Severity | 'none'): number {
  return s === 'none' ? 5 : RANK[s];
}

export function isSeverity(s: unknown): s is Severity {
  return typeof s === 'string' && (SEVERITIES as readonly string[]).includes(s);
}

export function toLspSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'info':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

export function fromLspSeverity(s: DiagnosticSeverity | undefined): Exclude<Severity, 'off'> {
  switch (s) {
    case DiagnosticSeverity.Error:
      return 'error';
    case DiagnosticSeverity.Warning:
      return 'warning';
    case DiagnosticSeverity.Information:
      return 'info';
    default:
      return 'style';
  }
}

/** Matches a rule by id or any alias, case-insensitively (`dl3008`, `StageNameCasing`). */
export function ruleMatches(rule: RuleMeta, name: string): boolean {
  const n = name.trim().toLowerCase();
  return rule.id === n || rule.aliases.some((a) => a.toLowerCase() === n);
}

export interface ResolvedSeverity {
  severity: Severity;
  /** set by the user (settings or ignore list), not the rule's default */
  explicit: boolean;
}

/**
 * Per-rule severity from settings, for both families, resolved once per run: `ignore` wins, then a setting by id,
 * then by alias (names match case-insensitively), then the rule's default.
 */
export function severityResolver(settings: LintSettings): (rule: RuleMeta) => ResolvedSeverity {
  const byName = new Map<string, Severity>();
  for (const [k, v] of Object.entries(settings.rules)) byName.set(k.trim().toLowerCase(), v);
  const ignored = new Set(settings.ignore.map((n) => n.trim().toLowerCase()));
  const byDefault = (r: RuleMeta): ResolvedSeverity => ({ severity: r.severity, explicit: false });
  // the usual case, nothing configured: every lint resolves every rule, and the aliases need not be lowercased
  if (ignored.size === 0 && byName.size === 0) return byDefault;
  return (r) => {
    if (ignored.has(r.id) || r.aliases.some((a) => ignored.has(a.toLowerCase())))
      return { severity: 'off', explicit: true };
    const byId = byName.get(r.id);
    if (byId) return { severity: byId, explicit: true };
    for (const a of r.aliases) {
      const v = byName.get(a.toLowerCase());
      if (v) return { severity: v, explicit: true };
    }
    return byDefault(r);
  };
}

export function toDiagnostic(rule: RuleMeta, f: Finding, severity: Exclude<Severity, 'off'>): Diagnostic {
  const data: DiagnosticData = {
    aliases: rule.aliases,
    ...(f.fix ? { fix: f.fix } : {}),
    ...(f.commands ? { commands: f.commands } : {}),
  };
  const tags = [...(f.tags ?? [])];
  if (rule.tags?.includes('deprecated') && !tags.includes(DiagnosticTag.Deprecated))
    tags.push(DiagnosticTag.Deprecated);
  if (rule.tags?.includes('unnecessary') && !tags.includes(DiagnosticTag.Unnecessary))
    tags.push(DiagnosticTag.Unnecessary);
  return {
    range: f.range,
    message: f.message,
    severity: toLspSeverity(severity),
    code: rule.id,
    codeDescription: { href: rule.docs.url },
    source: DIAGNOSTIC_SOURCE,
    ...(tags.length ? { tags } : {}),
    data,
  };
}

export const DOCS_BASE = 'https://github.com/stevedore-dev/stevedore/blob/main/docs/rules/';
export function docsUrl(id: string): string {
  return `${DOCS_BASE}${id}.md`;
}

/** Diagnostic.message may be MarkupContent in newer LSP types; ours are always strings. */
export function messageText(d: { message: string | { value: string } }): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}
