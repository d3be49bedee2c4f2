import { testRule } from '../tester';
import rule from './from-as-casing';

testRule(rule, {
  valid: ['FROM alpine AS build\n', 'from alpine as build\n', 'FROM alpine\n', 'From alpine as build\n'],
  invalid: [
    {
      code: 'FROM alpine as build\n',
      errors: [{ message: "'as' and 'FROM' keywords' casing do not match", line: 1, column: 13, endColumn: 15 }],
      output: 'FROM alpine AS build\n',
    },
    {
      code: 'from alpine AS build\n',
      errors: [{ message: "'AS' and 'from' keywords' casing do not match", line: 1, column: 13 }],
      output: 'from alpine as build\n',
    },
  ],
});
