import { testRule } from '../tester';
import rule from './label-empty';

const settings = { labelSchema: { maintainer: 'text' } };
testRule(rule, {
  valid: [
    { code: 'FROM alpine\nLABEL maintainer=x\n', settings },
    { code: 'FROM alpine\nLABEL other=""\n', settings },
  ],
  invalid: [
    {
      code: 'FROM alpine\nLABEL maintainer=""\n',
      settings,
      errors: [{ message: 'Label `maintainer` is empty.', line: 2, column: 7 }],
    },
  ],
});
