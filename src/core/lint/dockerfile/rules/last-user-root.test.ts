import { testRule } from '../tester';
import rule from './last-user-root';

testRule(rule, {
  valid: [
    'FROM alpine\nUSER root\nRUN x\nUSER app\n',
    'FROM alpine\n',
    'FROM alpine AS a\nUSER root\nFROM alpine\nUSER 1000\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nUSER app\nUSER root\n',
      errors: [{ message: 'Last USER should not be root', line: 3, column: 6, endColumn: 10 }],
    },
    {
      code: 'FROM alpine\nUSER 0:0\nRUN x\n',
      errors: [{ message: 'Last USER should not be root', line: 2, column: 6 }],
    },
  ],
});
