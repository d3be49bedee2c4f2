import { describe, expect, it } from 'vitest';
import { expandWord } from './expand';

const env = new Map([
  ['A', 'a'],
  ['E', ''],
]);
const run = (w: string, escape = '\\') => expandWord(w, env, escape);

describe('expandWord (BuildKit lexer semantics)', () => {
  it.each([
    ['x$A', 'xa'],
    ['${A}b', 'ab'],
    ['${E-d}', ''],
    ['${E:-d}', 'd'],
    ['${U-d}', 'd'],
    ['${A+p}', 'p'],
    ['${E+p}', 'p'],
    ['${E:+p}', ''],
    ['${U:-${A}x}', 'ax'],
    ["'$A'", '$A'],
    ['"$A"', 'a'],
    ['\\$A', '$A'],
    ['$', '$'],
    ['a$-b', 'a$-b'],
    ['${A%%x}', 'a'],
  ])('%s → %s', (w, out) => expect(run(w).result).toBe(out));

  it('records unset names with their offsets', () => {
    expect(run('x${U:-$A}$V').uses).toEqual([
      { name: 'A', offset: 7, unset: false },
      { name: 'U', offset: 3, unset: true },
      { name: 'V', offset: 10, unset: true },
    ]);
  });

  it('honours the escape character and never throws on broken input', () => {
    expect(run('`$A', '`').result).toBe('$A');
    for (const w of ['${', '${A', '${A:-', '"$A', "'x", '${:-}']) expect(() => run(w)).not.toThrow();
  });
});
