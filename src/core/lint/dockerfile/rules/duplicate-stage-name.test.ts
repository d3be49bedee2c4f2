import { testRule } from '../tester';
import rule from './duplicate-stage-name';

testRule(rule, {
  valid: ['FROM alpine AS a\nFROM alpine AS b\n', 'FROM alpine\nFROM alpine\n'],
  invalid: [
    {
      code: 'FROM alpine AS a\nFROM debian AS A\n',
      errors: [{ message: "Duplicate stage name 'A', stage names should be unique", line: 2, column: 16 }],
    },
    {
      code: 'FROM alpine AS a\nRUN true\nFROM a AS b\nFROM a AS a\n',
      errors: [{ message: "Duplicate stage name 'a', stage names should be unique", line: 4, column: 11 }],
    },
  ],
});
