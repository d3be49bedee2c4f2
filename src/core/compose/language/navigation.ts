// Document symbols, go to definition and find references for service, network, volume, secret and config names.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentSymbol, Location, Range } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import { SECTION, type RefKind } from '../model';
import type { Entry } from '../yamlNodes';
import { rangeOf, targetAt } from './locate';
import { modelFor } from '../documentModel';

const KIND: Record<RefKind, SymbolKind> = {
  service: SymbolKind.Class,
  network: SymbolKind.Interface,
  volume: SymbolKind.Struct,
  secret: SymbolKind.Key,
  config: SymbolKind.File,
};

/** From an entry's key to the end of its value (of its key when the value ends before). */
function spanOf(doc: TextDocument, e: Entry): Range {
  // a parsed node always has its range
  const [start = 0, keyEnd = start] = e.keyNode.range ?? [];
  const end = e.value?.range?.[2] ?? keyEnd;
  return { start: doc.positionAt(start), end: doc.positionAt(Math.max(end, keyEnd)) };
}

export function documentSymbols(doc: TextDocument): DocumentSymbol[] {
  const model = modelFor(doc);
  const out: DocumentSymbol[] = [];
  for (const kind of Object.keys(SECTION) as RefKind[]) {
    const section = model.top.find((e) => e.key === SECTION[kind]);
    if (!section || section.merged) continue;
    const children = model.decls[kind]
      .filter((d) => !d.entry.merged)
      .map((d): DocumentSymbol => ({
        name: d.name,
        kind: KIND[kind],
        range: spanOf(doc, d.entry),
        selectionRange: rangeOf(doc, d.entry.keyNode),
      }));
    out.push({
      name: SECTION[kind],
      kind: SymbolKind.Namespace,
      range: spanOf(doc, section),
      selectionRange: rangeOf(doc, section.keyNode),
      children,
    });
  }
  return out;
}

export function definition(doc: TextDocument, pos: { line: number; character: number }): Location[] {
  const model = modelFor(doc);
  const t = targetAt(doc, model, pos);
  if (!t) return [];
  const kind = t.ref ? t.ref.kind : t.decl.kind;
  const name = t.ref ? t.ref.name : t.decl.name;
  return model.decls[kind]
    .filter((d) => d.name === name)
    .map((d) => ({ uri: doc.uri, range: rangeOf(doc, d.entry.keyNode) }));
}

export function references(
  doc: TextDocument,
  pos: { line: number; character: number },
  includeDeclaration: boolean,
): Location[] {
  const model = modelFor(doc);
  const t = targetAt(doc, model, pos);
  if (!t) return [];
  const kind = t.ref ? t.ref.kind : t.decl.kind;
  const name = t.ref ? t.ref.name : t.decl.name;
  const out: Location[] = [];
  if (includeDeclaration)
    for (const d of model.decls[kind])
      if (d.name === name) out.push({ uri: doc.uri, range: rangeOf(doc, d.entry.keyNode) });
  for (const r of model.refs)
    if (r.kind === kind && r.name === name) out.push({ uri: doc.uri, range: rangeOf(doc, r.node, r.sub) });
  return out;
}
