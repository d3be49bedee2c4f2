import { testRule } from '../tester';
import rule from './legacy-key-value-format';

testRule(rule, {
  valid: ['FROM alpine\nENV A=1 B=2\n', 'FROM alpine\nLABEL a="b c"\n', 'FROM alpine\nENV A=\n'],
  invalid: [
    {
      code: 'FROM alpine\nENV NODE_ENV production\n',
      errors: [
        {
          message: '"ENV key=value" should be used instead of legacy "ENV key value" format',
          line: 2,
          column: 5,
          endColumn: 24,
        },
      ],
      output: 'FROM alpine\nENV NODE_ENV=production\n',
    },
    {
      code: 'FROM alpine\nLABEL description a small image\n',
      errors: [
        { message: '"LABEL key=value" should be used instead of legacy "LABEL key value" format', line: 2, column: 7 },
      ],
      output: 'FROM alpine\nLABEL description="a small image"\n',
    },
  ],
});
