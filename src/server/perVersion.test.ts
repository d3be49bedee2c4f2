import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { perVersion } from './perVersion';

describe('perVersion (unit)', () => {
  it('computes an answer once per document version and key, again after an edit', () => {
    const doc = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, 'FROM a\n');
    let runs = 0;
    const symbols = () => perVersion(doc, 'symbols', () => ({ run: ++runs, text: doc.getText() }));
    const first = symbols();
    expect(symbols()).toBe(first);
    expect(perVersion(doc, 'folding', () => ++runs)).toBe(2);
    TextDocument.update(doc, [{ text: 'FROM b\n' }], 2);
    expect(symbols()).toEqual({ run: 3, text: 'FROM b\n' });
    expect(perVersion(doc, 'folding', () => ++runs)).toBe(4);
  });

  it('keeps documents apart', () => {
    const a = TextDocument.create('file:///w/a/Dockerfile', 'dockerfile', 1, 'FROM a\n');
    const b = TextDocument.create('file:///w/b/Dockerfile', 'dockerfile', 1, 'FROM b\n');
    expect(perVersion(a, 'k', () => a.getText())).toBe('FROM a\n');
    expect(perVersion(b, 'k', () => b.getText())).toBe('FROM b\n');
  });
});
