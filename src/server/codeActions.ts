// Code actions for our diagnostics: the certain fix, editor commands, ignore pragmas, docs, fix-all.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { CodeActionKind } from 'vscode-languageserver-types';
import { CODE_ACTION_FIX_ALL } from '../shared/lintProtocol';
import { DisjointEdits } from './codeActionIndex';
import { dataOf } from './pragmaEdits';
import { quickFixes, workspaceEdit } from './quickFixes';

/** Every certain fix of the document, skipping edits that overlap an earlier one. */
export function fixAllEdits(diagnostics: Diagnostic[]): TextEdit[] {
  const accepted = new DisjointEdits();
  for (const d of diagnostics) {
    const fix = dataOf(d)?.fix;
    if (fix) accepted.addAll(fix.edits);
  }
  return accepted.sorted;
}

/**
 * Fix-all's edits per diagnostics list: the server keeps one array per document version, and a light bulb asks at
 * every cursor move next to a fixable finding; walking thousands of findings each time is work already done.
 */
const fixAllOf = new WeakMap<Diagnostic[], TextEdit[]>();

export interface CodeActionOptions {
  /** offer the hadolint ignore pragmas (Dockerfiles only) */
  pragmas: boolean;
  only?: string[];
}

export function codeActionsFor(
  doc: TextDocument,
  diagnostics: Diagnostic[],
  all: Diagnostic[],
  opts: CodeActionOptions,
): CodeAction[] {
  const wants = (kind: string) => !opts.only || opts.only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) actions.push(...quickFixes(doc, diagnostics, opts.pragmas));
  // fix-all: when asked for explicitly (on save), or next to a quick fix in the light-bulb menu
  const asked = opts.only?.some((o) => CODE_ACTION_FIX_ALL === o || CODE_ACTION_FIX_ALL.startsWith(`${o}.`)) ?? false;
  if (asked || (wants(CODE_ACTION_FIX_ALL) && diagnostics.some((d) => dataOf(d)?.fix))) {
    let edits = fixAllOf.get(all);
    if (!edits) fixAllOf.set(all, (edits = fixAllEdits(all)));
    if (edits.length)
      actions.push({
        title: 'Fix all auto-fixable Stevedore problems',
        kind: CODE_ACTION_FIX_ALL,
        edit: workspaceEdit(doc, edits),
      });
  }
  return actions;
}
