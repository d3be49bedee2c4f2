import { testRule } from '../tester';
import rule from './copy-from-self';

testRule(rule, {
  valid: ['FROM alpine AS a\nFROM alpine AS b\nCOPY --from=a /x /x\n'],
  invalid: [
    {
      code: 'FROM alpine AS app\nCOPY --from=app /a /b\n',
      errors: [{ message: '`COPY --from` cannot reference its own `FROM` alias', line: 2, column: 13, endColumn: 16 }],
    },
    {
      code: 'FROM alpine\nFROM alpine\nCOPY --from=1 /a /b\n',
      errors: [{ message: '`COPY --from` cannot reference its own `FROM` alias', line: 3, column: 13 }],
    },
  ],
});
