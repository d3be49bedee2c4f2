// What a compose rule gets: the parsed model, the project around the file, settings, engine facts, and
// `report` for findings, and `range`, which turns a yaml node (or a slice of a scalar) into an LSP range.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import type { ComposeModel } from '../../compose/model';
import type { ProjectInfo } from '../../compose/project';
import { isScalar, type Node } from '../../compose/yamlNodes';
import { ruleFamily, type Rule } from '../rule';
import type { EngineFacts, Finding, LintSettings } from '../types';

/** A node, a node plus a slice of its scalar value, a key's pair, or raw [start, end) offsets. */
export type At = Node | { node: Node; sub?: { index: number; length: number } } | [number, number];

export interface ComposeContext {
  model: ComposeModel;
  document: TextDocument;
  settings: LintSettings;
  project: ProjectInfo;
  /** present only when engine checks are on and the engine is reachable */
  facts?: EngineFacts;
  /** the same call as a Dockerfile rule's: `ctx.report({ range: ctx.range(node), message, fix })` */
  report(finding: Finding): void;
  /** LSP range of a yaml node (or a slice of a scalar, a key's pair, raw offsets) */
  range(at: At): Range;
  offsets(at: At): [number, number];
}

export interface ComposeListeners {
  /** synchronous whole-document check */
  check?(): void;
  /** asks the engine; run only with facts, after the fast checks were published */
  engine?(): Promise<void>;
}

export type ComposeRule = Rule<ComposeContext, ComposeListeners>;

export const defineRule = ruleFamily<ComposeContext, ComposeListeners>();

/** Source offsets of a slice of a scalar's value; the whole node when the value is escaped or folded. */
export function sourceOffsets(text: string, node: Node, sub?: { index: number; length: number }): [number, number] {
  const r = node.range;
  if (!r) return [0, 0];
  if (!sub || !isScalar(node)) return [r[0], Math.max(r[1], r[0])];
  const value = String(node.value);
  const src = text.slice(r[0], r[1]);
  const quoted = node.type === 'QUOTE_SINGLE' || node.type === 'QUOTE_DOUBLE';
  const body = quoted ? src.slice(1, -1) : src;
  const base = r[0] + (quoted ? 1 : 0);
  if (body === value) return [base + sub.index, base + sub.index + sub.length];
  const piece = value.slice(sub.index, sub.index + sub.length);
  const at = piece ? src.indexOf(piece) : -1;
  return at === -1 ? [r[0], r[1]] : [r[0] + at, r[0] + at + piece.length];
}
