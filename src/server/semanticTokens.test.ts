import { DockerfileLanguageServiceFactory } from 'dockerfile-language-service';
import { describe, expect, it } from 'vitest';
import { MAX_INSTRUCTION_CHARS, MAX_PIECE_CHARS, semanticTokensLinear } from './semanticTokens';

const service = DockerfileLanguageServiceFactory.createLanguageService();

/** The library's computation, recording the length of every text it is handed. */
function spied() {
  const lengths: number[] = [];
  const compute = (t: string) => {
    lengths.push(t.length);
    return service.computeSemanticTokens(t);
  };
  return { compute, lengths };
}

/** [line, character, length] of every token, decoded from the relative encoding. */
function decode(data: number[]): [number, number, number][] {
  const out: [number, number, number][] = [];
  let line = 0;
  let char = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    line += data[i]!;
    char = data[i] === 0 ? char + data[i + 1]! : data[i + 1]!;
    out.push([line, char, data[i + 2]!]);
  }
  return out;
}

describe('semanticTokensLinear', () => {
  it('a small file is handed to the library whole, with the same tokens', () => {
    const text = '# c\nFROM debian:12\nRUN echo hi\n';
    const { compute, lengths } = spied();
    expect(semanticTokensLinear(compute, text)).toEqual(service.computeSemanticTokens(text));
    expect(lengths).toEqual([text.length]);
  });

  it('a command thousands of levels deep on one line gets its keyword only; the rest as the library gives it', () => {
    const deep = `RUN ${'echo $('.repeat(3000)}x${')'.repeat(3000)}`;
    const text = `FROM debian:12\n${deep}\n# after\nUSER root\n`;
    const { compute, lengths } = spied();
    const tokens = decode(semanticTokensLinear(compute, text).data);
    expect(deep.length).toBeGreaterThan(MAX_INSTRUCTION_CHARS);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_PIECE_CHARS);
    expect(tokens.filter((t) => t[0] === 1)).toEqual([[1, 0, 3]]);
    expect(tokens.some((t) => t[0] === 0 && t[1] === 0 && t[2] === 4)).toBe(true);
    expect(tokens.some((t) => t[0] === 3 && t[1] === 0 && t[2] === 4)).toBe(true);
  });

  it('many mid-sized instructions are cut into pieces of bounded length', () => {
    const run = `RUN echo ${'a && echo '.repeat(40)}b\n`;
    const text = `FROM debian:12\n${run.repeat(12)}`;
    const { compute, lengths } = spied();
    const tokens = decode(semanticTokensLinear(compute, text).data);
    expect(run.length).toBeLessThan(MAX_INSTRUCTION_CHARS);
    expect(Math.max(...lengths)).toBeLessThanOrEqual(MAX_PIECE_CHARS);
    const lines = new Set(tokens.filter((t) => t[1] === 0 && t[2] === 3).map((t) => t[0]));
    expect(lines.size).toBe(12);
  });
});
