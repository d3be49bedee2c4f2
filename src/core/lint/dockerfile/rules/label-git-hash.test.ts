import { testRule } from '../tester';
import rule from './label-git-hash';

const settings = { labelSchema: { x: 'hash' } };
testRule(rule, {
  valid: [
    { code: 'FROM alpine\nLABEL x="0123456789abcdef0123456789abcdef01234567"\n', settings },
    { code: 'FROM alpine\nLABEL x="abc"\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine\nLABEL x="abc"\n',
      settings,
      errors: [{ message: 'Label `x` is not a valid git hash.', line: 2, column: 9 }],
    },
  ],
});
