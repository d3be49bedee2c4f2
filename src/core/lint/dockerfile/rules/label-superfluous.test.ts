import { testRule } from '../tester';
import rule from './label-superfluous';

const settings = { labelSchema: { maintainer: 'text' }, strictLabels: true };
testRule(rule, {
  valid: [
    { code: 'FROM alpine\nLABEL other=1\n', settings: { labelSchema: { maintainer: 'text' } } },
    { code: 'FROM alpine\nLABEL maintainer=x\n', settings },
  ],
  invalid: [
    {
      code: 'FROM alpine\nLABEL maintainer=x other=1\n',
      settings,
      errors: [{ message: 'Superfluous label(s) present: other', line: 2, column: 20 }],
    },
  ],
});
