import { testRule } from '../tester';
import rule from './reserved-stage-name';

testRule(rule, {
  valid: ['FROM alpine AS base\n', 'FROM scratch\n', 'FROM alpine AS scratch-base\n'],
  invalid: [
    {
      code: 'FROM alpine AS scratch\n',
      errors: [{ message: "Stage name should not use the same name as reserved stage 'scratch'", line: 1, column: 16 }],
    },
    {
      code: 'FROM alpine AS x\nFROM x AS Context\n',
      errors: [{ message: "Stage name should not use the same name as reserved stage 'context'", line: 2, column: 11 }],
    },
  ],
});
