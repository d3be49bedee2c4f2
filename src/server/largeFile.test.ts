import { describe, expect, it } from 'vitest';
import { DEFAULT_LINT_SETTINGS } from '../core/lint/types';
import { LARGE_FILE_BYTES, isLarge, quickSettings, withLargeFileNotice } from './largeFile';

describe('large files (unit)', () => {
  it('past the threshold only the quick rules stay on, engine checks off, and one info notice says so', () => {
    expect(isLarge('x'.repeat(LARGE_FILE_BYTES))).toBe(false);
    expect(isLarge('x'.repeat(LARGE_FILE_BYTES + 1))).toBe(true);
    const s = quickSettings({ ...DEFAULT_LINT_SETTINGS, ignore: ['a'] }, [
      'syntax-error',
      'apt-get-pin',
      'yaml-syntax',
    ]);
    expect(s.engineChecks).toBe(false);
    expect(s.ignore).toEqual(['a', 'apt-get-pin']);
    const d = withLargeFileNotice([], 600_000);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ code: 'large-file', severity: 3 });
    expect(d[0]!.message).toMatch(/only the quick checks ran/);
  });
});
