import { testRule } from '../tester';
import rule from './label-rfc3339';

const settings = { labelSchema: { x: 'rfc3339' } };
testRule(rule, {
  valid: [
    { code: 'FROM alpine\nLABEL x="2024-03-01T10:00:00Z"\n', settings },
    { code: 'FROM alpine\nLABEL x="2024-13-01"\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine\nLABEL x="2024-13-01"\n',
      settings,
      errors: [{ message: 'Label `x` is not a valid time format - must conform to RFC3339.', line: 2, column: 9 }],
    },
  ],
});
