import { describe, expect, it } from 'vitest';
import { buildCacheCandidates, isPrunableAnonymous, type BuildCacheRecord } from './actionsPrune';

const rec = (ID: string, over: Partial<BuildCacheRecord> = {}): BuildCacheRecord => ({
  ID,
  Size: 1,
  InUse: false,
  Shared: false,
  Type: 'regular',
  ...over,
});

describe('prune previews (unit)', () => {
  it('build cache: skips records in use and their ancestors; children come before parents', () => {
    const records = [
      rec('base'),
      rec('mid', { Parent: 'base' }),
      rec('leaf', { Parent: 'mid' }),
      rec('busyBase'),
      rec('busy', { Parents: ['busyBase'], InUse: true }),
      rec('loose'),
    ];
    const ids = buildCacheCandidates(records).map((r) => r.ID);
    expect(ids.sort()).toEqual(['base', 'leaf', 'loose', 'mid']);
    const ordered = buildCacheCandidates(records).map((r) => r.ID);
    expect(ordered.indexOf('leaf')).toBeLessThan(ordered.indexOf('mid'));
    expect(ordered.indexOf('mid')).toBeLessThan(ordered.indexOf('base'));
  });

  it('volumes: anonymous is the engine label from API 1.42, a 64-hex name before', () => {
    const hex = 'a'.repeat(64);
    expect(isPrunableAnonymous({ Name: hex }, '1.41')).toBe(true);
    expect(isPrunableAnonymous({ Name: 'data' }, '1.41')).toBe(false);
    // Engine 23+ keeps a hex-named volume without the label (made by an older engine or by hand) unless -a
    expect(isPrunableAnonymous({ Name: hex }, '1.42')).toBe(false);
    expect(isPrunableAnonymous({ Name: hex, Labels: { 'com.docker.volume.anonymous': '' } }, '1.43')).toBe(true);
    expect(isPrunableAnonymous({ Name: 'data', Labels: null }, '1.45')).toBe(false);
    expect(isPrunableAnonymous({ Name: hex }, '1.9')).toBe(true);
  });
});
