// One parse per version of an open document: the lint and the language features (links, hover, completion,
// navigation) share it. The YAML parse is what costs (about 0.1 s for a 150 KB file, several times that before the
// JIT has warmed up), so a second parse of the same text would make the next request wait as long again.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { buildModel, type ComposeModel } from './model';
import { parseCompose } from './parse';

const models = new WeakMap<TextDocument, { version: number; text: string; model: ComposeModel }>();

/** The model of a document, reused while its version and text do not change. */
export function modelFor(doc: TextDocument): ComposeModel {
  const text = doc.getText();
  const hit = models.get(doc);
  if (hit && hit.version === doc.version && hit.text === text) return hit.model;
  const model = buildModel(parseCompose(text));
  models.set(doc, { version: doc.version, text, model });
  return model;
}
