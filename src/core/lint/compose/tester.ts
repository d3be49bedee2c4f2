// Case-table tester for compose rules: YAML text in, exact diagnostics (message, 1-based range, fix output) out,
// compared as the Dockerfile tester compares them. Every case also runs with CRLF line endings. Files beside the compose file and the environment are in memory.
import * as path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import type { ComposeHost } from '../../compose/project';
import type { DiagnosticData, EngineFacts } from '../types';
import { checkCaseTable, expected, summary, type ExpectedError } from '../tester';
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
  /** every finding of the rule, in document order, with its exact message and 1-based range */
  errors: ExpectedError[];
  /** the text after applying the fixes; required when a finding carries one */
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
  describe(`${rule.id} (unit)`, () => {
    const key = (c: Common) =>
      JSON.stringify([c.code, c.files ?? null, c.env ?? null, c.fileName ?? null, c.facts ?? null]);
    checkCaseTable(
      rule,
      cases.valid.map((v) => key(typeof v === 'string' ? { code: v } : v)),
      cases.invalid.map(key),
      cases.invalid,
    );
    for (const eol of ['\n', '\r\n'] as const) {
      const tag = eol === '\n' ? 'LF' : 'CRLF';
      cases.valid.forEach((v, i) => {
        it(`valid #${i + 1} (${tag})`, async () => {
          const { diags } = await lintCase(rule, typeof v === 'string' ? { code: v } : v, eol);
          expect(summary(diags)).toEqual([]);
        });
      });
      cases.invalid.forEach((c, i) => {
        it(`invalid #${i + 1} (${tag})`, async () => {
          const { doc, diags } = await lintCase(rule, c, eol);
          const got = summary(diags);
          expect(got).toEqual(expected(c.errors, got));
          for (const d of diags) expect(d.codeDescription?.href).toBe(rule.docs.url);
          const edits = diags.flatMap((d) => (d.data as DiagnosticData | undefined)?.fix?.edits ?? []);
          if (edits.length) {
            expect(rule.fixable, 'a rule that produces fixes must say fixable: true').toBe(true);
            expect(c.output, 'a fix was produced: the case needs `output`').toBeDefined();
            expect(TextDocument.applyEdits(doc, edits)).toBe(
              eol === '\n' ? c.output : c.output?.replace(/\r?\n/g, eol),
            );
          } else expect(c.output, 'the case expects a fix but none was produced').toBeUndefined();
        });
      });
    }
  });
}
