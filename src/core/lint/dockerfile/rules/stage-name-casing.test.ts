import { testRule } from '../tester';
import rule from './stage-name-casing';

testRule(rule, {
  valid: ['FROM alpine AS build\n', 'FROM alpine\n', 'FROM alpine as build-2\nFROM build-2\n'],
  invalid: [
    {
      code: 'FROM alpine AS Build\n',
      errors: [{ message: "Stage name 'Build' should be lowercase", line: 1, column: 16, endColumn: 21 }],
      output: 'FROM alpine AS build\n',
    },
    {
      code: 'ARG X=1\nFROM scratch\nFROM alpine:${X} AS MyStage\nONBUILD RUN true\n',
      errors: [{ message: "Stage name 'MyStage' should be lowercase", line: 3, column: 21 }],
      output: 'ARG X=1\nFROM scratch\nFROM alpine:${X} AS mystage\nONBUILD RUN true\n',
    },
  ],
});
