import { describe, expect, it } from 'vitest';
import { escapeOf, withBuildKitContinuations } from './continuations';
import { parseDockerfile } from './parse';

describe('BuildKit line continuations', () => {
  it('reads the escape directive as BuildKit does', () => {
    expect(escapeOf('# escape=`\nFROM x\n')).toBe('`');
    expect(escapeOf('# syntax=docker/dockerfile:1\r\n# escape=`\r\nFROM x\n')).toBe('`');
    expect(escapeOf('FROM x\n# escape=`\n')).toBe('\\');
    expect(escapeOf('')).toBe('\\');
  });

  it('ends a line whose escape character is doubled at its end, keeping every position', () => {
    const text = 'FROM x\nCOPY a \\\n\tC:\\\\dir\\\\\n\nENV A=1\n';
    const out = withBuildKitContinuations(text);
    expect(out).toHaveLength(text.length);
    expect(out).toBe('FROM x\nCOPY a \\\n\tC:\\\\dir\\/\n\nENV A=1\n');
    expect(parseDockerfile(text).instructions.map((i) => i.getKeyword())).toEqual(['FROM', 'COPY', 'ENV']);
  });

  it('leaves single escapes, comments, heredoc bodies and other escape characters alone', () => {
    for (const t of [
      'FROM x\nRUN a \\\n  b\n',
      'FROM x\n# a comment \\\\\nRUN a\n',
      'FROM x\nRUN <<EOF\necho a \\\\\nEOF\n',
      '# escape=`\nFROM x\nCOPY a C:\\\\dir\\\\\n',
    ])
      expect(withBuildKitContinuations(t)).toBe(t);
    expect(withBuildKitContinuations('# escape=`\nFROM x\nRUN a ``\nRUN b\n')).toBe(
      '# escape=`\nFROM x\nRUN a `/\nRUN b\n',
    );
  });
});
