import { testRule } from '../tester';
import rule from './label-url';

const settings = { labelSchema: { x: 'url' } };
testRule(rule, {
  valid: [
    { code: 'FROM alpine\nLABEL x="https://example.com/x"\n', settings },
    { code: 'FROM alpine\nLABEL x="not a url"\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine\nLABEL x="not a url"\n',
      settings,
      errors: [{ message: 'Label `x` is not a valid URL.', line: 2, column: 9 }],
    },
  ],
});
