// Code actions for our diagnostics: the certain fix, editor commands, ignore pragmas, docs, fix-all.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { CodeActionKind } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from '../core/lint/types';
import { CODE_ACTION_FIX_ALL, OPEN_RULE_DOCS_COMMAND } from '../shared/lintProtocol';
import { DisjointEdits, eolOf, instructionStartAt, parsedOf } from './codeActionIndex';

const dataOf = (d: Diagnostic): DiagnosticData | undefined =>
  d.source === DIAGNOSTIC_SOURCE ? (d.data as DiagnosticData | undefined) : undefined;

/** Name written in pragmas: the hadolint code when there is one (hadolint understands it too), else our id. */
export function pragmaName(d: Diagnostic): string {
  return dataOf(d)?.aliases.find((a) => /^DL\d{4}$/.test(a)) ?? String(d.code);
}

function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

/** Where an instruction's ignore pragma goes: into the one above it, or on a new line with its indentation. */
type PragmaSite = { merge: { line: number; character: number } } | { insert: { line: number; indent: string } };

function pragmaSite(doc: TextDocument, start: number): PragmaSite {
  if (start > 0) {
    const m = /^(\s*#\s*hadolint\s+ignore\s*=\s*)(\S+)(.*)$/i.exec(lineText(doc, start - 1));
    if (m) {
      const [, head = '', ids = ''] = m;
      return { merge: { line: start - 1, character: head.length + ids.length } };
    }
  }
  return { insert: { line: start, indent: /^\s*/.exec(lineText(doc, start))?.[0] ?? '' } };
}

function pragmaEdit(doc: TextDocument, site: PragmaSite, name: string): TextEdit {
  if ('merge' in site) return { range: { start: site.merge, end: site.merge }, newText: `,${name}` };
  const at = { line: site.insert.line, character: 0 };
  return { range: { start: at, end: at }, newText: `${site.insert.indent}# hadolint ignore=${name}${eolOf(doc)}` };
}

/** `# hadolint ignore=X` on the line above the instruction (merged into an existing pragma there). */
export function ignoreOnLineEdit(doc: TextDocument, d: Diagnostic): TextEdit {
  const line = d.range.start.line;
  return pragmaEdit(doc, pragmaSite(doc, instructionStartAt(doc, line) ?? line), pragmaName(d));
}

/**
 * `# hadolint global ignore=X` after the parser directives (which must stay first), for any name: the document is
 * parsed and searched for an existing global pragma once, however many names are asked for.
 */
export function inFilePragma(doc: TextDocument): (name: string) => TextEdit {
  const df = parsedOf(doc).dockerfile;
  let existing: { line: number; character: number } | undefined;
  for (const c of df.getComments()) {
    const m = /^(\s*#\s*hadolint\s+global\s+ignore\s*=\s*)(\S+)/i.exec(lineText(doc, c.getRange().start.line));
    if (m) {
      existing = { line: c.getRange().start.line, character: m[0].length };
      break;
    }
  }
  const directives = df.getDirectives();
  const line = directives.length ? Math.max(...directives.map((x) => x.getRange().end.line)) + 1 : 0;
  const eol = eolOf(doc);
  return (name) =>
    existing
      ? { range: { start: existing, end: existing }, newText: `,${name}` }
      : {
          range: { start: { line, character: 0 }, end: { line, character: 0 } },
          newText: `# hadolint global ignore=${name}${eol}`,
        };
}

export function ignoreInFileEdit(doc: TextDocument, d: Diagnostic): TextEdit {
  return inFilePragma(doc)(pragmaName(d));
}

function edit(doc: TextDocument, edits: TextEdit[]) {
  return { changes: { [doc.uri]: edits } };
}

/** Every certain fix of the document, skipping edits that overlap an earlier one. */
export function fixAllEdits(diagnostics: Diagnostic[]): TextEdit[] {
  const out: TextEdit[] = [];
  const accepted = new DisjointEdits();
  for (const d of diagnostics) {
    const fix = dataOf(d)?.fix;
    if (!fix) continue;
    if (fix.edits.some((e) => accepted.conflicts(e))) continue;
    for (const e of fix.edits) if (accepted.add(e)) out.push(e);
  }
  return out;
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
  // A request over many diagnostics (a select-all light bulb) gets the file-wide pragma and the docs link once per
  // rule, as vscode-eslint does, not once per diagnostic: thousands of copies made the answer tens of megabytes.
  // Actions also share what they can (one `diagnostics` array per diagnostic, one edit per instruction and rule).
  let pragmaFor: ((name: string) => TextEdit) | undefined; // one parse per request, on first need
  const ignoredInFile = new Set<string>();
  const documented = new Set<string>();
  // per instruction: where its pragma goes (read once), and the edit for each rule name
  const sites = new Map<number, { site: PragmaSite; edits: Map<string, ReturnType<typeof edit>> }>();
  const onLineEdit = (d: Diagnostic, name: string) => {
    const start = instructionStartAt(doc, d.range.start.line) ?? d.range.start.line;
    let s = sites.get(start);
    if (!s) sites.set(start, (s = { site: pragmaSite(doc, start), edits: new Map() }));
    let e = s.edits.get(name);
    if (!e) s.edits.set(name, (e = edit(doc, [pragmaEdit(doc, s.site, name)])));
    return e;
  };
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of diagnostics) {
      const data = dataOf(d);
      if (!data) continue;
      const only = [d];
      if (data.fix)
        actions.push({
          title: data.fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: only,
          isPreferred: true,
          edit: edit(doc, data.fix.edits),
        });
      for (const c of data.commands ?? [])
        actions.push({
          title: c.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: only,
          command: { title: c.title, command: c.command, arguments: c.arguments ?? [] },
        });
      if (opts.pragmas) {
        const name = pragmaName(d);
        actions.push({
          title: `Ignore ${name} for this instruction`,
          kind: CodeActionKind.QuickFix,
          diagnostics: only,
          edit: onLineEdit(d, name),
        });
        if (!ignoredInFile.has(name)) {
          ignoredInFile.add(name);
          actions.push({
            title: `Ignore ${name} in this file`,
            kind: CodeActionKind.QuickFix,
            diagnostics: only,
            edit: edit(doc, [(pragmaFor ??= inFilePragma(doc))(name)]),
          });
        }
      }
      const href = d.codeDescription?.href;
      if (href && !documented.has(href)) {
        documented.add(href);
        actions.push({
          title: `Show documentation for ${String(d.code)}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: only,
          command: { title: 'Show documentation', command: OPEN_RULE_DOCS_COMMAND, arguments: [href] },
        });
      }
    }
  }
  // fix-all: when asked for explicitly (on save), or next to a quick fix in the light-bulb menu
  const asked = opts.only?.some((o) => CODE_ACTION_FIX_ALL === o || CODE_ACTION_FIX_ALL.startsWith(`${o}.`)) ?? false;
  if (asked || (wants(CODE_ACTION_FIX_ALL) && diagnostics.some((d) => dataOf(d)?.fix))) {
    let edits = fixAllOf.get(all);
    if (!edits) fixAllOf.set(all, (edits = fixAllEdits(all)));
    if (edits.length)
      actions.push({
        title: 'Fix all auto-fixable Stevedore problems',
        kind: CODE_ACTION_FIX_ALL,
        edit: edit(doc, edits),
      });
  }
  return actions;
}
