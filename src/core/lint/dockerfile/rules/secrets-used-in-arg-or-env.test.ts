import { testRule } from '../tester';
import rule from './secrets-used-in-arg-or-env';

testRule(rule, {
  valid: [
    'FROM alpine\nARG VERSION\nENV TOKENIZER=x\n',
    'FROM alpine\nENV PUBLIC_KEY=abc\n',
    'ARG KEYBOARD=us\nFROM alpine\n',
  ],
  invalid: [
    {
      code: 'ARG NPM_TOKEN\nFROM alpine\n',
      errors: [
        {
          message: 'Do not use ARG or ENV instructions for sensitive data (ARG "NPM_TOKEN")',
          line: 1,
          column: 5,
          endColumn: 14,
        },
      ],
    },
    {
      code: 'FROM alpine\nENV A=1 DB_PASSWORD=x\n',
      errors: [
        { message: 'Do not use ARG or ENV instructions for sensitive data (ENV "DB_PASSWORD")', line: 2, column: 9 },
      ],
    },
  ],
});
