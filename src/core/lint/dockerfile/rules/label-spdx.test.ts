import { testRule } from '../tester';
import rule from './label-spdx';

const settings = { labelSchema: { x: 'spdx' } };
testRule(rule, {
  valid: [
    { code: 'FROM alpine\nLABEL x="Apache-2.0 OR MIT"\n', settings },
    { code: 'FROM alpine\nLABEL x="Apache 2"\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine\nLABEL x="Apache 2"\n',
      settings,
      errors: [{ message: 'Label `x` is not a valid SPDX license identifier.', line: 2, column: 9 }],
    },
  ],
});
