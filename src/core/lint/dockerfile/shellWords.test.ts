import { describe, expect, it } from 'vitest';
import { scan, scriptSource, shellWords, type Source } from './shellWords';

const values = (t: string, escape?: string) => shellWords(t, escape).map((w) => w.value);
const plain = (text: string): Source => ({ text, at: Array.from(text, (_, i) => i) });
/** each word's characters read back from the text through their offsets */
const readBack = (text: string, src: Source) => scan(src).words.map((w) => w.at.map((o) => text[o]).join(''));

describe('shellWords: the words of a RUN where they stand (unit)', () => {
  it('splits as the shell does: quotes, escapes, operators, substitutions in their word', () => {
    expect(values(`echo "a b" 'c d' e\\ f&&x;(y)|z`)).toEqual(['echo', 'a b', 'c d', 'e f', 'x', 'y', 'z']);
    expect(values('echo $(wget -O- x) `curl y` done')).toEqual(['echo', '$(wget -O- x)', '`curl y`', 'done']);
  });
  it('drops redirection targets, comments, heredoc bodies and Dockerfile continuations', () => {
    expect(values('a > /out 2>&1 b <in c')).toEqual(['a', 'b', 'c']);
    expect(values('a \\\n  # note b\n  c # tail\n')).toEqual(['a', 'c']);
    expect(values('a `\r\n  b', '`')).toEqual(['a', 'b']);
    expect(scan(plain("cat <<'E' && x\nsudo no\nE\ny")).words.map((w) => w.value)).toEqual(['cat', 'x', 'y']);
  });
  it('records where each word is written and where each of its characters came from', () => {
    const t = 'x "wget" wget';
    expect(shellWords(t).map((w) => t.slice(w.start, w.end))).toEqual(['x', '"wget"', 'wget']);
    const u = `a "b\\"c" 'd'e\\ f`;
    const words = shellWords(u);
    expect(words.map((w) => w.value)).toEqual(['a', 'b"c', 'de f']);
    expect(words.map((w) => w.at.map((o) => u[o]).join(''))).toEqual(['a', 'b"c', 'de f']);
  });
  it('marks the words where a command begins', () => {
    expect(shellWords('A=1 a b; c | d && (e)').map((w) => w.first)).toEqual([true, false, false, true, true, true]);
  });
  it('keeps the offsets through continuations and CRLF (a continuation reads as one blank, as node.script has it)', () => {
    const t = "sh -c 'a && \\\r\n    # gone\r\n    b'";
    const src = scriptSource(t, 100, '\\');
    expect(src.text).toBe("sh -c 'a &&      b'");
    const script = scan(src).words[2]!;
    expect(script.value).toBe('a &&      b');
    const inner = scan({ text: script.value, at: script.at }).words;
    expect(inner.map((w) => [w.value, w.start - 100, w.end - 100])).toEqual([
      ['a', 7, 8],
      ['b', t.indexOf('b'), t.indexOf('b') + 1],
    ]);
  });
  it('lists substitutions in the order of the text, double-quoted ones included, arithmetic and quoted ones not', () => {
    const t = `echo $((1+2)) '$(no)' "$(a "x")" \`b \\\`c\\\`\` $(d $(e))`;
    const subs = scan(plain(t)).subs;
    expect(subs.map((s) => s.text)).toEqual(['a "x"', 'b `c`', 'd $(e)']);
    expect(subs.map((s) => readBack(t, s))).toEqual([
      ['a', 'x'],
      ['b', '`c`'],
      ['d', '$(e)'],
    ]);
    expect(scan(subs[2]!).subs.map((s) => t.slice(s.at[0], s.at.at(-1)! + 1))).toEqual(['e']);
  });
  it('never throws on unterminated input', () => {
    for (const t of ['"a', "'a", '$(a', '`a', 'a \\', '\\', '"$(a', 'a <<', 'a <<E\nb'])
      expect(() => scan(scriptSource(t, 0, '\\'))).not.toThrow();
  });
});
