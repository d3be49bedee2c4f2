// What the case-table testers of both rule families share: the expected-finding shape, how a diagnostic is
// summarised for comparison, and the checks on the table itself.
import { expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { messageText } from './rule';

export interface ExpectedError {
  /** the whole message, exactly */
  message: string;
  /** 1-based */
  line: number;
  column: number;
  /** 1-based, exclusive as in LSP; checked when given */
  endLine?: number;
  endColumn?: number;
}

export function summary(diags: Diagnostic[]): Required<ExpectedError>[] {
  return diags.map((d) => ({
    message: messageText(d),
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
  }));
}

/** The expected findings with the ends a case leaves out taken from what the rule produced. */
export function expected(want: ExpectedError[], got: ExpectedError[]): ExpectedError[] {
  return want.map((e, j) => ({
    ...e,
    endLine: e.endLine ?? got[j]?.endLine,
    endColumn: e.endColumn ?? got[j]?.endColumn,
  }));
}

/** Table checks: no case twice (by its key), at least one valid and one invalid case, fixes only from fixable rules. */
export function checkCaseTable(
  rule: { fixable?: boolean },
  validKeys: string[],
  invalidKeys: string[],
  invalid: { output?: string }[],
): void {
  it('has no duplicate cases and at least one of each kind', () => {
    const keys = [...validKeys, ...invalidKeys];
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    expect(validKeys.length).toBeGreaterThan(0);
    expect(invalidKeys.length).toBeGreaterThan(0);
  });
  // each invalid case checks its `output` against the fix it produced (none without one), so this says: fixable
  // rules fix some case, and the others fix none
  it(`is ${rule.fixable ? '' : 'not '}fixable and ${rule.fixable ? 'fixes some' : 'fixes no'} case`, () => {
    expect(invalid.some((c) => c.output !== undefined)).toBe(rule.fixable === true);
  });
}
