// Hover: the compose-spec schema's description of the key under the cursor; for names, what they refer to.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Hover, Position } from 'vscode-languageserver-types';
import { MarkupKind } from 'vscode-languageserver-types';
import { describe } from '../schema';
import { pathAt, rangeOf, targetAt } from './locate';
import { modelFor } from '../documentModel';

export function hover(doc: TextDocument, pos: Position): Hover | null {
  const model = modelFor(doc);
  const t = targetAt(doc, model, pos);
  if (t?.ref) {
    const declared = model.decls[t.ref.kind].some((d) => d.name === t.ref.name);
    return {
      contents: {
        kind: MarkupKind.Markdown,
        value: `${t.ref.kind} **${t.ref.name}**${declared ? '' : ' — not declared in this file'}`,
      },
      range: rangeOf(doc, t.ref.node, t.ref.sub),
    };
  }
  const at = pathAt(model, doc.offsetAt(pos));
  if (!at || !at.onKey) return null;
  const path = at.path;
  const text =
    path.length === 2 && ['services', 'networks', 'volumes', 'secrets', 'configs'].includes(String(path[0]))
      ? `${String(path[0]).replace(/s$/, '')} **${String(path[1])}**`
      : describe(path);
  if (!text) return null;
  const key = path[path.length - 1];
  return {
    contents: {
      kind: MarkupKind.Markdown,
      value:
        typeof key === 'string' && !text.startsWith(String(path[0]).replace(/s$/, '')) ? `\`${key}\` — ${text}` : text,
    },
  };
}
