import { describe, expect, it } from 'vitest';
import {
  matchesFilter,
  resolveMultiPick,
  splitEnvList,
  splitInstructionList,
  splitList,
  successMessage,
} from './quickInput';

describe('quick inputs (unit)', () => {
  it('Enter in a multi-select takes the checked items, else the highlighted one, else the only one shown', () => {
    expect(resolveMultiPick(['a', 'b'], 'c', ['a', 'b', 'c'])).toEqual({ picked: ['a', 'b'] });
    expect(resolveMultiPick([], 'c', ['a', 'b', 'c'])).toEqual({ picked: ['c'] });
    expect(resolveMultiPick([], undefined, ['b'])).toEqual({ picked: ['b'] });
  });

  it('explains when Enter cannot know what was meant', () => {
    expect(resolveMultiPick([], undefined, ['a', 'b'])).toEqual({
      explain: 'nothing checked: check items with Space or a click, or highlight one with ↓, then Enter',
    });
    expect(resolveMultiPick([], undefined, [])).toEqual({ explain: 'nothing matches: change the filter' });
  });

  it('matches filter words in a label as the quick pick does', () => {
    expect(matchesFilter('stevedore-ui-1-web', 'ui web')).toBe(true);
    expect(matchesFilter('db', 'web')).toBe(false);
    expect(matchesFilter('db', '')).toBe(true);
  });

  it('one list separator: commas', () => {
    expect(splitList(' 8080:80, 127.0.0.1:53:53/udp ,,')).toEqual(['8080:80', '127.0.0.1:53:53/udp']);
    expect(splitList('')).toEqual([]);
  });

  it('environment lists split at commas that start a new KEY=', () => {
    expect(splitEnvList('A=1, B=two words, C=x,y,z, D.E=')).toEqual(['A=1', 'B=two words', 'C=x,y,z', 'D.E=']);
    expect(splitEnvList('')).toEqual([]);
  });

  it('instruction lists split only before an instruction', () => {
    expect(splitInstructionList('ENV MODE=debug,x, CMD ["sh", "-c", "a,b"], expose 80')).toEqual([
      'ENV MODE=debug,x',
      'CMD ["sh", "-c", "a,b"]',
      'expose 80',
    ]);
  });

  it('reports a verb once, naming what it changed', () => {
    expect(successMessage('Stopped', ['web'], 'container')).toBe('Stopped web');
    expect(successMessage('Stopped', ['web', 'db'], 'container', 1)).toBe('Stopped web, db (1 failed)');
    expect(successMessage('Removed', ['a', 'b', 'c', 'd'], 'volume')).toBe('Removed 4 volumes');
    expect(successMessage('Removed', [], 'volume')).toBeUndefined();
  });
});
