import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounded } from './boundedRead';

describe('readBounded (unit)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bounded-'));
  writeFileSync(join(dir, 'a.env'), 'A=1\n');
  symlinkSync('/dev/zero', join(dir, 'zero'));
  symlinkSync(join(dir, 'a.env'), join(dir, 'link.env'));
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  mkdirSync(join(dir, 'sub'));

  it('reads a regular file, also through a symlink', () => {
    expect(readBounded(join(dir, 'a.env'))).toEqual({ ok: true, text: 'A=1\n' });
    expect(readBounded(join(dir, 'link.env'))).toEqual({ ok: true, text: 'A=1\n' });
  });
  it('refuses a character device, a FIFO (without waiting for a writer) and a directory, saying why', () => {
    expect(readBounded(join(dir, 'zero'))).toMatchObject({
      ok: false,
      reason: expect.stringContaining('character device'),
    });
    expect(readBounded(join(dir, 'fifo'))).toMatchObject({ ok: false, reason: expect.stringContaining('named pipe') });
    expect(readBounded(join(dir, 'sub'))).toMatchObject({ ok: false, reason: expect.stringContaining('directory') });
  });
  it('refuses a file over the cap and reports a missing one as missing', () => {
    expect(readBounded(join(dir, 'a.env'), { maxBytes: 3 })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('over the 3-byte limit'),
    });
    expect(readBounded(join(dir, 'none'))).toMatchObject({ ok: false, missing: true });
  });
  it('in an untrusted workspace, reads only files whose real path is inside it', () => {
    expect(readBounded(join(dir, 'a.env'), { within: [dir] }).ok).toBe(true);
    expect(readBounded(join(dir, 'zero'), { within: [dir] })).toMatchObject({
      ok: false,
      reason: expect.stringContaining('outside the workspace'),
    });
  });
});
