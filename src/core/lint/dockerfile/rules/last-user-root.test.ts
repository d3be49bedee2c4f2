import { testRule } from '../tester';
import rule from './last-user-root';

testRule(rule, {
  valid: [
    'FROM alpine\nUSER root\nRUN x\nUSER app\n',
    'FROM alpine\n',
    'FROM alpine AS a\nUSER root\nRUN x\nUSER 1000\nFROM a\nRUN y\n',
  ],
  invalid: [
    // hadolint DL3002: every stage that ends as root, the base of another included
    {
      code: 'FROM debian AS base\nUSER root\nRUN something\nFROM base\nRUN something else\n',
      errors: [{ message: 'Last USER should not be root', line: 2, column: 6 }],
    },
    {
      code: 'FROM debian AS base\nUSER root\nFROM scratch\nUSER foo\n',
      errors: [{ message: 'Last USER should not be root', line: 2, column: 6 }],
    },
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
