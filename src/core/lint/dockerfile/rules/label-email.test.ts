import { testRule } from '../tester';
import rule from './label-email';

const settings = { labelSchema: { x: 'email' } };
testRule(rule, {
  valid: [
    { code: 'FROM alpine\nLABEL x="jane@example.com"\n', settings },
    { code: 'FROM alpine\nLABEL x="jane at example"\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine\nLABEL x="jane at example"\n',
      settings,
      errors: [{ message: 'Label `x` is not a valid email format - must conform to RFC5322.', line: 2, column: 9 }],
    },
  ],
});
