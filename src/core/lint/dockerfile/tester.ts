// Case-table tester for Dockerfile rules (used by each rule's <id>.test.ts).
import { describe, expect, it } from 'vitest';
import { DockerfileParser } from 'dockerfile-ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { DEFAULT_LINT_SETTINGS, type DiagnosticData, type EngineFacts, type LintSettings } from '../types';
import { validateStaged } from './index';
import { messageText } from '../rule';
import type { DockerfileRule } from './model';

export interface ExpectedError {
  message: string;
  /** 1-based */
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}
export interface CaseOptions {
  settings?: Partial<LintSettings>;
  facts?: EngineFacts;
  /** document uri (defaults to an untitled Dockerfile) */
  uri?: string;
  /** skip the CRLF / continuation re-runs (for rules about line structure itself) */
  variants?: false;
}
export type ValidCase = string | (CaseOptions & { code: string });
export interface InvalidCase extends CaseOptions {
  code: string;
  errors: ExpectedError[];
  /** text after applying every fix; required when a fix is produced */
  output?: string;
}

export async function lintWith(rule: DockerfileRule, code: string, opts: CaseOptions = {}): Promise<Diagnostic[]> {
  const doc = TextDocument.create(opts.uri ?? 'untitled:Dockerfile', 'dockerfile', 1, code);
  const settings = { ...DEFAULT_LINT_SETTINGS, ...opts.settings };
  const r = validateStaged(doc, settings, opts.facts, [rule]);
  return r.later ? r.later : r.diagnostics;
}

export function applyFixes(code: string, diags: Diagnostic[]): string {
  const edits: TextEdit[] = [];
  for (const d of diags) edits.push(...((d.data as DiagnosticData | undefined)?.fix?.edits ?? []));
  return TextDocument.applyEdits(TextDocument.create('x', 'dockerfile', 1, code), dedupe(edits));
}

function dedupe(edits: TextEdit[]): TextEdit[] {
  const seen = new Set<string>();
  return edits.filter((e) => {
    const k = JSON.stringify(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** `FROM x` → `FROM \` + newline + `  x` for every instruction with arguments. */
export function withContinuations(code: string): string {
  const df = DockerfileParser.parse(code);
  const esc = df.getEscapeCharacter();
  const doc = TextDocument.create('x', 'dockerfile', 1, code);
  const edits: TextEdit[] = df
    .getInstructions()
    .filter((i) => i.getArgumentsRange() !== null)
    .map((i) => ({
      range: { start: i.getInstructionRange().end, end: i.getInstructionRange().end },
      newText: ` ${esc}\n   `,
    }));
  return TextDocument.applyEdits(doc, edits);
}

function summary(diags: Diagnostic[]): ExpectedError[] {
  return diags.map((d) => ({
    message: messageText(d),
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  }));
}

export function testRule(rule: DockerfileRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(`${rule.id} (unit)`, () => {
    const key = (c: CaseOptions & { code: string }) =>
      JSON.stringify([c.code, c.settings ?? null, c.uri ?? null, c.facts ? Object.keys(c.facts) : null]);
    const codes = [...cases.valid.map((v) => key(typeof v === 'string' ? { code: v } : v)), ...cases.invalid.map(key)];
    it('has no duplicate cases and at least one of each kind', () => {
      expect(new Set(codes).size).toBe(codes.length);
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    // each invalid case checks its `output` against the fix it produced (none without one), so this says: fixable
    // rules fix some case, and the others fix none
    it(`is ${rule.fixable ? '' : 'not '}fixable and ${rule.fixable ? 'fixes some' : 'fixes no'} case`, () => {
      expect(cases.invalid.some((c) => c.output !== undefined)).toBe(rule.fixable === true);
    });
    cases.valid.forEach((v, i) => {
      const c = typeof v === 'string' ? { code: v } : v;
      it(`valid #${i + 1}`, async () => {
        expect(summary(await lintWith(rule, c.code, c))).toEqual([]);
        if (c.variants !== false) {
          expect(summary(await lintWith(rule, c.code.replace(/\n/g, '\r\n'), c))).toEqual([]);
          expect(summary(await lintWith(rule, withContinuations(c.code), c))).toEqual([]);
        }
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}`, async () => {
        const diags = await lintWith(rule, c.code, c);
        const got = summary(diags);
        const want = c.errors.map((e, j) => ({
          ...e,
          endLine: e.endLine ?? got[j]?.endLine,
          endColumn: e.endColumn ?? got[j]?.endColumn,
        }));
        expect(got).toEqual(want);
        for (const d of diags) expect(d.code).toBe(rule.id);
        const fixed = diags.some((d) => (d.data as DiagnosticData | undefined)?.fix);
        if (fixed) {
          expect(rule.fixable, 'a rule producing fixes must be fixable: true').toBe(true);
          expect(c.output, 'a case producing a fix needs `output`').toBeDefined();
          expect(applyFixes(c.code, diags)).toBe(c.output);
        } else {
          expect(c.output).toBeUndefined();
        }
        if (c.variants !== false) {
          const crlf = await lintWith(rule, c.code.replace(/\n/g, '\r\n'), c);
          expect(summary(crlf)).toEqual(got);
          const cont = await lintWith(rule, withContinuations(c.code), c);
          expect(cont.map((d) => messageText(d))).toEqual(got.map((d) => d.message));
        }
      });
    });
  });
}
