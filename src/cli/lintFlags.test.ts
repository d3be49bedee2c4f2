import { describe, expect, it } from 'vitest';
import { parseBuildArgs } from './lintFlags';

describe('parseBuildArgs (unit)', () => {
  it('takes KEY=VALUE (later wins, the value may hold =), KEY alone from the environment', () => {
    expect(parseBuildArgs(['A=1', 'B=x=y', 'A=2', 'C', 'D'], { C: 'from-env' })).toEqual({
      A: '2',
      B: 'x=y',
      C: 'from-env',
    });
    expect(parseBuildArgs(['E='])).toEqual({ E: '' });
  });
  it('rejects what is not a name', () => {
    for (const bad of ['=x', '1A=x', 'a b=c', '']) expect(() => parseBuildArgs([bad])).toThrow(/KEY=VALUE/);
  });
});
