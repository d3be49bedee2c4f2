// Per-request indexes for code actions, so a request over thousands of diagnostics stays linear: the document
// version's parse (shared with the lint), the instruction covering a line (binary search over instruction ranges), the document's line
// ending, and fix-all's accepted edits kept sorted (only the neighbours of a new edit can overlap it).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextEdit } from 'vscode-languageserver-types';
import { parsedDocument } from '../core/lint/dockerfile/parse';

/** The document's parse, made once per version however many diagnostics a code-action request carries. */
export const parsedOf = parsedDocument;

const instructionLines = new WeakMap<TextDocument, { version: number; spans: { start: number; end: number }[] }>();

/** The first line of the instruction covering `line`, or undefined when none does (a comment, a blank line). */
export function instructionStartAt(doc: TextDocument, line: number): number | undefined {
  let hit = instructionLines.get(doc);
  if (!hit || hit.version !== doc.version) {
    const spans = parsedOf(doc).instructions.map((i) => {
      const r = i.getRange();
      return { start: r.start.line, end: r.end.line };
    });
    hit = { version: doc.version, spans };
    instructionLines.set(doc, hit);
  }
  const spans = hit.spans;
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (!s) break; // lo ≤ mid ≤ hi: always a span
    if (s.end < line) lo = mid + 1;
    else if (s.start > line) hi = mid - 1;
    else return s.start;
  }
  return undefined;
}

const eols = new WeakMap<TextDocument, { version: number; eol: string }>();
export function eolOf(doc: TextDocument): string {
  const hit = eols.get(doc);
  if (hit && hit.version === doc.version) return hit.eol;
  const eol = doc.getText().includes('\r\n') ? '\r\n' : '\n';
  eols.set(doc, { version: doc.version, eol });
  return eol;
}

const cmp = (p: Position, q: Position) => p.line - q.line || p.character - q.character;

/**
 * Edits accepted so far, sorted by start; they never overlap each other (identical edits are kept once, found among
 * the neighbours with the same start: no key strings, which with JSON.stringify dominated fix-all on big files).
 */
export class DisjointEdits {
  readonly sorted: TextEdit[] = [];

  private indexOf(e: TextEdit): number {
    const sorted = this.sorted;
    // edits mostly arrive in document order: appending is the common case
    const last = sorted[sorted.length - 1];
    if (!last || cmp(last.range.start, e.range.start) <= 0) return sorted.length;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const m = sorted[mid]; // lo ≤ mid < hi: always an edit
      if (m && cmp(m.range.start, e.range.start) <= 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  has(e: TextEdit): boolean {
    for (let i = this.indexOf(e) - 1, o = this.sorted[i]; o; o = this.sorted[--i]) {
      if (cmp(o.range.start, e.range.start) !== 0) return false;
      if (cmp(o.range.end, e.range.end) === 0 && o.newText === e.newText) return true;
    }
    return false;
  }

  /** Whether `e` overlaps an accepted edit other than an identical one (touching ends do not overlap). */
  conflicts(e: TextEdit): boolean {
    if (this.has(e)) return false;
    const at = this.indexOf(e);
    // neighbours on both sides; equal starts may sit on either side of `at`
    for (let i = at - 1, o = this.sorted[i]; o; o = this.sorted[--i]) {
      if (cmp(o.range.end, e.range.start) > 0 && cmp(e.range.end, o.range.start) > 0) return true;
      if (cmp(o.range.start, e.range.start) < 0) break;
    }
    for (let i = at, o = this.sorted[i]; o; o = this.sorted[++i]) {
      if (cmp(o.range.start, e.range.end) >= 0) break;
      if (cmp(o.range.end, e.range.start) > 0) return true;
    }
    return false;
  }

  /** Accepts a fix's edits, all or none: none when one of them overlaps an accepted edit. Returns whether it did. */
  addAll(edits: readonly TextEdit[]): boolean {
    for (const e of edits) if (this.conflicts(e)) return false;
    for (const e of edits) this.add(e);
    return true;
  }

  /** Accepts `e`; false when an identical edit was accepted before. */
  add(e: TextEdit): boolean {
    if (this.has(e)) return false;
    const at = this.indexOf(e);
    if (at === this.sorted.length) this.sorted.push(e);
    else this.sorted.splice(at, 0, e);
    return true;
  }
}
