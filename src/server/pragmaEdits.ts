// The hadolint ignore pragmas that code actions write: above an instruction (merged into a pragma already there),
// or file-wide after the parser directives.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-types';
import { DIAGNOSTIC_SOURCE, type DiagnosticData } from '../core/lint/types';
import { eolOf, instructionStartAt, parsedOf } from './codeActionIndex';

export const dataOf = (d: Diagnostic): DiagnosticData | undefined =>
  d.source === DIAGNOSTIC_SOURCE ? (d.data as DiagnosticData | undefined) : undefined;

/** Name written in pragmas: the hadolint code when there is one (hadolint understands it too), else our id. */
export function pragmaName(d: Diagnostic): string {
  return dataOf(d)?.aliases.find((a) => /^DL\d{4}$/.test(a)) ?? String(d.code);
}

function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

/** Where an instruction's ignore pragma goes: into the one above it, or on a new line with its indentation. */
export type PragmaSite = { merge: { line: number; character: number } } | { insert: { line: number; indent: string } };

export function pragmaSite(doc: TextDocument, start: number): PragmaSite {
  if (start > 0) {
    const m = /^(\s*#\s*hadolint\s+ignore\s*=\s*)(\S+)(.*)$/i.exec(lineText(doc, start - 1));
    if (m) {
      const [, head = '', ids = ''] = m;
      return { merge: { line: start - 1, character: head.length + ids.length } };
    }
  }
  return { insert: { line: start, indent: /^\s*/.exec(lineText(doc, start))?.[0] ?? '' } };
}

export function pragmaEdit(doc: TextDocument, site: PragmaSite, name: string): TextEdit {
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
