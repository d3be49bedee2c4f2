import { testRule } from '../tester';
import rule from './redundant-target-platform';

testRule(rule, {
  valid: ['FROM alpine\n', 'FROM --platform=$BUILDPLATFORM alpine\n', 'FROM --platform=linux/amd64 alpine\n'],
  invalid: [
    {
      code: 'FROM --platform=$TARGETPLATFORM alpine AS a\n',
      errors: [
        {
          message:
            'Setting platform to predefined $TARGETPLATFORM in FROM is redundant as this is the default behavior',
          line: 1,
          column: 6,
          endColumn: 32,
        },
      ],
      output: 'FROM alpine AS a\n',
    },
    {
      code: 'FROM --platform=${TARGETPLATFORM} alpine\n',
      errors: [
        {
          message:
            'Setting platform to predefined ${TARGETPLATFORM} in FROM is redundant as this is the default behavior',
          line: 1,
          column: 6,
        },
      ],
      output: 'FROM alpine\n',
      variants: false,
    },
  ],
});
