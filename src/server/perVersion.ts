// Answers that depend only on a document's text (and the request's options), kept for the document's current
// version. VS Code asks for the symbols of one version several times (outline, breadcrumbs, sticky scroll), and
// for folding ranges, links and semantic tokens again when an editor is shown; dockerfile-language-service parses
// the whole file for each, a tenth of a second or more on a 150 KB Dockerfile.
import type { TextDocument } from 'vscode-languageserver-textdocument';

const answers = new WeakMap<TextDocument, { version: number; byKey: Map<string, unknown> }>();

/** `compute()`'s answer for `key` on this version of `doc`, computed on the first ask. */
export function perVersion<T>(doc: TextDocument, key: string, compute: () => T): T {
  let entry = answers.get(doc);
  if (!entry || entry.version !== doc.version) {
    entry = { version: doc.version, byKey: new Map() };
    answers.set(doc, entry);
  }
  if (entry.byKey.has(key)) return entry.byKey.get(key) as T;
  const value = compute();
  entry.byKey.set(key, value);
  return value;
}
