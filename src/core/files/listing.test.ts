import { describe, expect, it } from 'vitest';
import { pickHelperCandidate } from './helperImage';
import { kindFromGoMode, modeString, permFromGoMode } from './fileMode';
import { parseListing, sortEntries } from './listing';
import { isWithin, normalize, parentOf, validName } from './paths';

describe('files core (unit)', () => {
  it('parses the find+stat listing, names with spaces and newlines, and symlink targets', () => {
    const out = [
      '41ed 4096 1700000000 ./dir one',
      '81a4 12 1700000001 ./-dash',
      '81a4 3 1700000002 ./two',
      'lines',
      'a1ff 4 1700000003 ./link',
      'a1ff 7 1700000003 ./dangling',
      '//links',
      'd ./link',
      '/etc',
      '- ./dangling',
      'nowhere',
      '',
    ].join('\n');
    const entries = parseListing(out);
    expect(entries.map((e) => e.name)).toEqual(['dir one', '-dash', 'two\nlines', 'link', 'dangling']);
    expect(entries[0]).toMatchObject({ kind: 'directory', perm: 0o755, mtimeMs: 1700000000000 });
    expect(entries[1]).toMatchObject({ kind: 'file', size: 12, perm: 0o644 });
    expect(entries[3]).toMatchObject({ kind: 'symlink', targetKind: 'directory', linkTarget: '/etc' });
    expect(entries[4]).toMatchObject({ kind: 'symlink', targetKind: undefined, linkTarget: 'nowhere' });
    expect(parseListing('//links\n')).toEqual([]);
  });

  it('sorts directories (and links to them) first, then by name', () => {
    const e = (name: string, kind: 'file' | 'directory' | 'symlink', targetKind?: 'directory') => ({
      name,
      kind,
      targetKind,
      size: 0,
      perm: 0,
      mtimeMs: 0,
    });
    const sorted = sortEntries([e('b', 'file'), e('Z', 'directory'), e('a', 'file'), e('l', 'symlink', 'directory')]);
    expect(sorted.map((x) => x.name)).toEqual(['l', 'Z', 'a', 'b']);
  });

  it('decodes Go file modes', () => {
    expect(kindFromGoMode(134218239)).toBe('symlink');
    expect(kindFromGoMode(2 ** 31 + 0o755)).toBe('directory');
    expect(kindFromGoMode(0o644)).toBe('file');
    expect(kindFromGoMode((1 << 26) | (1 << 21) | 0o660)).toBe('other');
    expect(permFromGoMode((1 << 23) | 0o755)).toBe(0o4755);
    expect(modeString('directory', 0o1777)).toBe('drwxrwxrwt');
    expect(modeString('file', 0o4750)).toBe('-rwsr-x---');
  });

  it('normalises paths without escaping the root and checks typed names', () => {
    expect(normalize('a/./b/../c/')).toBe('/a/c');
    expect(normalize('/../../etc')).toBe('/etc');
    expect(parentOf('/a')).toBe('/');
    expect(isWithin('/data/x', '/data')).toBe(true);
    expect(isWithin('/database', '/data')).toBe(false);
    expect(validName('-x')).toBeUndefined();
    expect(validName('a/b')).toMatch(/cannot contain/);
    expect(validName('..')).toMatch(/not a file name/);
  });
});

describe('helper image (unit)', () => {
  it('prefers busybox, then alpine, and matches the last path segment only', () => {
    expect(pickHelperCandidate(['node:20', 'alpine:3.20', 'stevedore-test/busybox:latest'])).toBe(
      'stevedore-test/busybox:latest',
    );
    expect(pickHelperCandidate(['node:20', 'alpine:3.20'])).toBe('alpine:3.20');
    expect(pickHelperCandidate(['busybox-like:1', 'myalpine:2'])).toBeUndefined();
  });
});
