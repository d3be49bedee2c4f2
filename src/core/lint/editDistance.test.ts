import { describe, expect, it } from 'vitest';
import { editDistance, nearestWord } from './editDistance';

describe('editDistance (unit)', () => {
  it.each([
    ['CMD', 'CMD', 0],
    ['CDM', 'CMD', 1],
    ['RUNN', 'RUN', 1],
    ['FORM', 'FROM', 1],
    ['EXPOS', 'EXPOSE', 1],
    ['ENTRYPIONT', 'ENTRYPOINT', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
  ])('%s → %s is %i', (a, b, n) => {
    expect(editDistance(a, b)).toBe(n);
  });

  it('stops counting above max', () => {
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });
});

describe('nearestWord (unit)', () => {
  const keywords = ['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'EXPOSE', 'FROM', 'RUN', 'WORKDIR'];
  it.each([
    ['CDM', 'CMD'],
    ['cdm', 'CMD'],
    ['FORM', 'FROM'],
    ['WORKDR', 'WORKDIR'],
    ['ENTRYPONIT', 'ENTRYPOINT'],
    ['FOO', undefined],
    ['INSTALL', undefined],
  ])('%s → %s', (w, want) => {
    expect(nearestWord(w, keywords)).toBe(want);
  });
});
