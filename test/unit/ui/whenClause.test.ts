import { describe, expect, it } from 'vitest';
import { whenAtoms } from '../../ui/exthost/whenClause';

const strip = (src: string) => whenAtoms(src).map(({ regex, ...a }) => (regex ? { ...a, flags: regex.flags } : a));

describe('whenAtoms (unit)', () => {
  it('reads keys, comparisons and negation', () => {
    expect(strip('view == stevedore.containers && !stevedore.busy')).toEqual([
      { key: 'view', op: '==', value: 'stevedore.containers', negated: false },
      { key: 'stevedore.busy', negated: true },
    ]);
  });
  it('reads regexes with slashes in classes, flags, and quoted values', () => {
    expect(strip("viewItem =~ /^container:(running|paused)[/]x$/i || resourceFilename == 'Dockerfile'")).toEqual([
      { key: 'viewItem', op: '=~', value: '^container:(running|paused)[/]x$', flags: 'i', negated: false },
      { key: 'resourceFilename', op: '==', value: 'Dockerfile', negated: false },
    ]);
  });
  it('reads parentheses, in / not in, numeric comparisons and ===', () => {
    expect(strip('(a || !(b === c)) && d not in e && f in g && workspaceFolderCount >= 1')).toEqual([
      { key: 'a', negated: false },
      { key: 'b', op: '==', value: 'c', negated: true },
      { key: 'd', op: 'not in', value: 'e', negated: false },
      { key: 'f', op: 'in', value: 'g', negated: false },
      { key: 'workspaceFolderCount', op: '>=', value: '1', negated: false },
    ]);
  });
  it('rejects text it cannot read', () => {
    expect(() => whenAtoms('view == ')).toThrow(/value/);
    expect(() => whenAtoms('a && (b')).toThrow(/'\)'/);
    expect(() => whenAtoms('viewItem =~ /abc')).toThrow(/unterminated/);
    expect(() => whenAtoms('a b')).toThrow(/unexpected/);
  });
});
