import { testRule } from '../tester';
import rule from './from-platform-flag-const-disallowed';

testRule(rule, {
  valid: [
    'FROM --platform=$BUILDPLATFORM alpine\n',
    'FROM alpine\n',
    'FROM --platform=linux/arm64 alpine AS build-arm64\n',
  ],
  invalid: [
    {
      code: 'FROM --platform=linux/amd64 alpine\n',
      errors: [
        {
          message: 'FROM --platform flag should not use constant value "linux/amd64"',
          line: 1,
          column: 17,
          endColumn: 28,
        },
      ],
    },
  ],
});
