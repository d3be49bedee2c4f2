import { pullNeverImageAbsent } from './pull-never-image-absent';
import { ruleTester } from '../tester';

const facts = { imagePresent: async (r: string) => r === 'here:1' };
ruleTester(pullNeverImageAbsent, {
  valid: [
    {
      code: 'services:\n  a:\n    image: here:1\n    pull_policy: never\n  b:\n    image: gone:1\n    build: .\n    pull_policy: never\n  c:\n    image: gone:1\n',
      facts,
    },
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: gone:1\n    pull_policy: never\n',
      facts,
      errors: [
        {
          message: 'image `gone:1` is not on the engine and `pull_policy: never` forbids pulling it',
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 18,
        },
      ],
    },
  ],
});
