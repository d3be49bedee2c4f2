// Case-table tester for compose rules: YAML text in, exact diagnostics (rule, message, 1-based position, fix output) out.
// Every case also runs with CRLF line endings. Files beside the compose file and the environment are in memory.
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import type { ComposeHost } from '../../compose/project';
import type { DiagnosticData, EngineFacts } from '../types';
import type { ComposeRule } from './context';
import { validate } from './index';

export const TEST_DIR = '/project';

interface Common {
  code: string;
  /** other files, relative to the project directory (`.env`, `compose.yaml` for an override, …) */
  files?: Record<string, string>;
  env?: Record<string, string>;
  facts?: EngineFacts;
  /** file name of the linted document (default compose.yaml) */
  fileName?: string;
}
export type ValidCase = string | Common;
export interface InvalidCase extends Common {
  /** a stable substring of the message */
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  /** the text after applying the fix; required when the finding carries one */
  output?: string;
}

export function lintCase(rule: ComposeRule, c: Common, eol: '\n' | '\r\n' = '\n') {
  const conv = (s: string) => (eol === '\n' ? s : s.replace(/\r?\n/g, eol));
  const files = new Map(Object.entries(c.files ?? {}).map(([k, v]) => [path.join(TEST_DIR, k), conv(v)]));
  const host: ComposeHost = { readFile: (p) => files.get(p), exists: (p) => files.has(p), env: c.env ?? {} };
  const text = conv(c.code);
  const doc = TextDocument.create(`file://${TEST_DIR}/${c.fileName ?? 'compose.yaml'}`, 'dockercompose', 1, text);
  const severity = rule.severity === 'off' ? 'warning' : rule.severity;
  return validate(doc, { rules: { [rule.id]: severity }, ignore: [], engineChecks: true }, c.facts, { host }).then(
    (all) => ({ doc, diags: all.filter((d) => d.code === rule.id) }),
  );
}

export function ruleTester(rule: ComposeRule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const keys = [...cases.valid.map((v) => JSON.stringify(v)), ...cases.invalid.map((v) => JSON.stringify(v))];
  describe(`${rule.id} (unit)`, () => {
    it('has no duplicate cases', () => expect(new Set(keys).size).toBe(keys.length));
    // each invalid case checks its `output` against the fix it produced (none without one), so this says: fixable
    // rules fix some case, and the others fix none
    it(`is ${rule.fixable ? '' : 'not '}fixable and ${rule.fixable ? 'fixes some' : 'fixes no'} case`, () => {
      expect(cases.invalid.some((c) => c.output !== undefined)).toBe(rule.fixable === true);
    });
    for (const eol of ['\n', '\r\n'] as const) {
      const tag = eol === '\n' ? 'LF' : 'CRLF';
      cases.valid.forEach((v, i) => {
        it(`valid #${i + 1} (${tag})`, async () => {
          const { diags } = await lintCase(rule, typeof v === 'string' ? { code: v } : v, eol);
          expect(diags.map((d) => d.message)).toEqual([]);
        });
      });
      const groups = new Map<string, InvalidCase[]>();
      for (const c of cases.invalid)
        groups.set(JSON.stringify({ ...c, message: '', line: 0, column: 0, output: '' }), [
          ...(groups.get(JSON.stringify({ ...c, message: '', line: 0, column: 0, output: '' })) ?? []),
          c,
        ]);
      cases.invalid.forEach((c, i) => {
        it(`invalid #${i + 1} (${tag}): ${c.message}`, async () => {
          const { doc, diags } = await lintCase(rule, c, eol);
          const siblings = groups.get(JSON.stringify({ ...c, message: '', line: 0, column: 0, output: '' }))!;
          expect(
            diags.length,
            diags.map((d) => `${d.range.start.line + 1}:${d.range.start.character + 1} ${d.message}`).join('\n'),
          ).toBe(siblings.length);
          const d = diags.find(
            (x) =>
              x.range.start.line === c.line - 1 &&
              x.range.start.character === c.column - 1 &&
              String(x.message).includes(c.message),
          );
          expect(
            d,
            `no diagnostic at ${c.line}:${c.column} containing "${c.message}"; got ${diags.map((x) => `${x.range.start.line + 1}:${x.range.start.character + 1} ${x.message}`).join(' | ')}`,
          ).toBeDefined();
          if (c.endLine !== undefined) expect(d!.range.end.line + 1).toBe(c.endLine);
          if (c.endColumn !== undefined) expect(d!.range.end.character + 1).toBe(c.endColumn);
          expect(d!.codeDescription?.href).toBe(rule.docs.url);
          const fix = (d!.data as DiagnosticData).fix;
          if (fix) {
            expect(rule.fixable, 'a rule that produces fixes must say fixable: true').toBe(true);
            expect(c.output, 'a fix was produced: the case needs `output`').toBeDefined();
            const out = TextDocument.applyEdits(doc, fix.edits);
            expect(out).toBe(eol === '\n' ? c.output : c.output!.replace(/\r?\n/g, eol));
          } else expect(c.output, 'the case expects a fix but none was produced').toBeUndefined();
        });
      });
    }
  });
}
