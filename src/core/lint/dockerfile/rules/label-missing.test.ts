import { testRule } from '../tester';
import rule from './label-missing';

const settings = { labelSchema: { maintainer: 'text', version: 'semver' } };
testRule(rule, {
  valid: [
    { code: 'FROM alpine\n' },
    { code: 'FROM alpine\nLABEL maintainer="x" version=1.0.0\n', settings },
    { code: 'FROM alpine AS base\nLABEL maintainer="x"\nFROM base\nLABEL version=1.0.0\n', settings },
  ],
  invalid: [
    {
      code: 'FROM alpine\nLABEL maintainer="x"\n',
      settings,
      errors: [{ message: 'Label `version` is missing.', line: 1, column: 1 }],
    },
  ],
});
