import { imageNotLocal } from './image-not-local';
import { lintCase, ruleTester } from '../tester';
import { describe, expect, it } from 'vitest';
import type { DiagnosticData } from '../../types';

const facts = { imagePresent: async (r: string) => (r === 'unknown:1' ? undefined : r === 'here:1') };
ruleTester(imageNotLocal, {
  valid: [
    {
      code: 'services:\n  a:\n    image: here:1\n  b:\n    image: gone:1\n    build: .\n  c:\n    image: gone:1\n    pull_policy: never\n  d:\n    image: ${IMAGE:-gone:1}\n  e:\n    image: unknown:1\n',
      facts,
    },
    // offline: no facts, no finding
    'services:\n  a:\n    image: gone:1\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: gone:1\n    pull_policy: missing\n',
      facts,
      errors: [
        {
          message: 'image `gone:1` is not on the engine and the service has no `build`: `compose up` will pull it',
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 18,
        },
      ],
    },
  ],
});

describe('image-not-local (unit)', () => {
  it('offers Pull image as a command of the finding, as info', async () => {
    const { diags } = await lintCase(imageNotLocal, { code: 'services:\n  a:\n    image: gone:1\n', facts });
    expect(diags).toHaveLength(1);
    expect(diags[0]!.severity).toBe(3);
    expect((diags[0]!.data as DiagnosticData).commands).toEqual([
      { title: 'Pull image gone:1', command: 'stevedore.lint.pullImage', arguments: ['gone:1'] },
    ]);
  });
});
