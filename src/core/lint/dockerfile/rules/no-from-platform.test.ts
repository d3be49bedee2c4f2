import { testRule } from '../tester';
import rule from './no-from-platform';

testRule(rule, {
  valid: ['FROM debian:12\n', 'FROM --platform=$BUILDPLATFORM golang:1.22 AS build\n'],
  invalid: [
    {
      code: 'FROM --platform=linux/amd64 debian:12\n',
      errors: [{ message: 'Do not use --platform flag with FROM', line: 1, column: 6, endColumn: 28 }],
    },
  ],
});
