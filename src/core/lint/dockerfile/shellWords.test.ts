import { describe, expect, it } from 'vitest';
import { shellWords } from './shellWords';

const values = (t: string, escape?: string) => shellWords(t, escape).map((w) => w.value);

describe('shellWords: the words of a RUN where they stand', () => {
  it('splits as the shell does: quotes, escapes, operators, substitutions in their word', () => {
    expect(values(`echo "a b" 'c d' e\\ f&&x;(y)|z`)).toEqual(['echo', 'a b', 'c d', 'e f', 'x', 'y', 'z']);
    expect(values('echo $(wget -O- x) `curl y` done')).toEqual(['echo', '$(wget -O- x)', '`curl y`', 'done']);
  });
  it('drops redirection targets, comments and Dockerfile continuations', () => {
    expect(values('a > /out 2>&1 b <in c')).toEqual(['a', 'b', 'c']);
    expect(values('a \\\n  # note b\n  c # tail\n')).toEqual(['a', 'c']);
    expect(values('a `\r\n  b', '`')).toEqual(['a', 'b']);
  });
  it('records offsets in the text', () => {
    const t = 'x "wget" wget';
    expect(shellWords(t).map((w) => t.slice(w.start, w.end))).toEqual(['x', '"wget"', 'wget']);
  });
  it('never throws on unterminated input', () => {
    for (const t of ['"a', "'a", '$(a', '`a', 'a \\', '\\']) expect(() => shellWords(t)).not.toThrow();
  });
});
