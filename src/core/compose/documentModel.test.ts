import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { modelFor } from './documentModel';

describe('modelFor', () => {
  it('one model per version of a document: the same text is parsed once', () => {
    const doc = TextDocument.create('file:///w/compose.yaml', 'dockercompose', 1, 'services:\n  web:\n    image: a\n');
    const first = modelFor(doc);
    expect(modelFor(doc)).toBe(first);
    TextDocument.update(doc, [{ text: 'services:\n  db:\n    image: b\n' }], 2);
    const second = modelFor(doc);
    expect(second).not.toBe(first);
    expect(second.decls.service.map((d) => d.name)).toEqual(['db']);
  });

  it('another document with the same text and version has its own model', () => {
    const text = 'services:\n  web:\n    image: a\n';
    const a = TextDocument.create('file:///a/compose.yaml', 'dockercompose', 1, text);
    const b = TextDocument.create('file:///b/compose.yaml', 'dockercompose', 1, text);
    expect(modelFor(a)).not.toBe(modelFor(b));
  });
});
