import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { imageValueStart } from '../compose/language/completion';
import { fromImageStart, imageItems } from './imageCompletion';

describe('image name completion (unit)', () => {
  it.each([
    ['FROM ', 5],
    ['FROM ngi', 5],
    ['from busybox:1', 5],
    ['  FROM --platform=linux/amd64 loc', 30],
    ['FROM --plat', undefined],
    ['FROM busybox AS ', undefined],
    ['RUN ', undefined],
  ])('after FROM: %j starts at %s', (line, start) => {
    expect(fromImageStart(line)).toBe(start);
  });

  const compose = 'services:\n  web:\n    image: ngi\n    labels:\n      image: x\n  "db":\n    "image": \'re\n';
  const doc = TextDocument.create('file:///c/compose.yaml', 'dockercompose', 1, compose);
  it.each([
    [2, 14, 11],
    [4, 14, undefined],
    [6, 16, 14],
  ])('in compose, line %i col %i: a service image starts at %s', (line, character, start) => {
    expect(imageValueStart(doc, { line, character })).toBe(start);
  });

  it('replaces the typed part with the full name and tag', () => {
    const items = imageItems(['busybox:1.36', 'localhost:5000/app:dev'], { line: 0, character: 9 }, 5);
    expect(items.map((i) => i.label)).toEqual(['busybox:1.36', 'localhost:5000/app:dev']);
    expect(items[1]!.textEdit).toEqual({
      range: { start: { line: 0, character: 5 }, end: { line: 0, character: 9 } },
      newText: 'localhost:5000/app:dev',
    });
  });
});
