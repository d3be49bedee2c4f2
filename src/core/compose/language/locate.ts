// Position → what is under the cursor in a compose document: a declaration (service/network/… key) or a reference.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, Range } from 'vscode-languageserver-types';
import { type ComposeModel, type Decl, type Ref, type RefKind } from '../model';
import { sourceOffsets } from '../../lint/compose/context';
import { isMap, isScalar, isSeq, type Node } from '../yamlNodes';

export function rangeOf(doc: TextDocument, node: Node, sub?: { index: number; length: number }): Range {
  const [s, e] = sourceOffsets(doc.getText(), node, sub);
  return { start: doc.positionAt(s), end: doc.positionAt(e) };
}

/** The key path of the node under `offset`, and whether the offset is on a key. */
export function pathAt(model: ComposeModel, offset: number): { path: (string | number)[]; onKey: boolean } | undefined {
  const path: (string | number)[] = [];
  let node: unknown = model.doc.contents;
  const inside = (n: unknown) => {
    const r = (n as Node | null)?.range;
    return !!r && r[0] <= offset && offset <= r[1];
  };
  for (let depth = 0; depth < 64; depth++) {
    if (isMap(node)) {
      const pair = node.items.find((p) => inside(p.key) || inside(p.value));
      if (!pair) return path.length ? { path, onKey: false } : undefined;
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      path.push(key);
      if (inside(pair.key)) return { path, onKey: true };
      node = pair.value;
    } else if (isSeq(node)) {
      const i = node.items.findIndex((it) => inside(it));
      if (i === -1) return { path, onKey: false };
      path.push(i);
      node = node.items[i];
    } else return { path, onKey: false };
  }
  return { path, onKey: false };
}

export type Target = { decl: Decl; ref?: undefined } | { ref: Ref; decl?: undefined };

export function targetAt(doc: TextDocument, model: ComposeModel, pos: Position): Target | undefined {
  const off = doc.offsetAt(pos);
  const inside = (n: Node | undefined) => !!n?.range && n.range[0] <= off && off <= n.range[1];
  for (const ref of model.refs) if (inside(ref.node)) return { ref };
  for (const kind of Object.keys(model.decls) as RefKind[])
    for (const decl of model.decls[kind]) if (inside(decl.entry.keyNode)) return { decl };
  return undefined;
}
