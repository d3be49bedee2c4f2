import { testRule } from '../tester';
import rule from './label-semver';

const settings = { labelSchema: { x: 'semver' } };
testRule(rule, {
  valid: [{ code: 'FROM alpine\nLABEL x="1.2.3-rc.1"\n', settings }, { code: 'FROM alpine\nLABEL x="1.2"\n' }],
  invalid: [
    {
      code: 'FROM alpine\nLABEL x="1.2"\n',
      settings,
      errors: [{ message: 'Label `x` does not conform to semantic versioning.', line: 2, column: 9 }],
    },
  ],
});
