import { describe, expect, it } from 'vitest';
import { exposeNote, withNote } from './exposeHover';

const text = 'FROM nginx:1.27\nEXPOSE 80 53/udp 127.0.0.1:8443:443 $PORT\nCMD ["nginx"]\n';

describe('EXPOSE hover note (unit)', () => {
  it('on an EXPOSE instruction: how to publish each port', () => {
    const note = exposeNote(text, { line: 1, character: 2 })!;
    expect(note).toContain('only documents a port');
    expect(note).toContain('docker run -p 80:80 -p 53:53/udp -p 443:443 …');
    expect(exposeNote(text, { line: 1, character: 20 })).toBe(note);
  });
  it('nothing elsewhere', () => {
    expect(exposeNote(text, { line: 0, character: 2 })).toBeUndefined();
    expect(exposeNote(text, { line: 2, character: 2 })).toBeUndefined();
    expect(exposeNote('', { line: 0, character: 0 })).toBeUndefined();
  });
  it('merges with the language service hover', () => {
    expect(withNote(null, 'n')).toEqual({ contents: { kind: 'markdown', value: 'n' } });
    expect(withNote({ contents: { kind: 'markdown', value: 'EXPOSE docs' } }, 'n').contents).toEqual({
      kind: 'markdown',
      value: 'EXPOSE docs\n\n---\n\nn',
    });
    expect(withNote({ contents: 'plain' }, 'n').contents).toEqual(['plain', 'n']);
  });
});
