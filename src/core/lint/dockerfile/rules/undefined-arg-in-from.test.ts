import { testRule } from '../tester';
import rule from './undefined-arg-in-from';

testRule(rule, {
  valid: [
    'ARG V=3\nFROM alpine:${V}\n',
    'FROM --platform=$BUILDPLATFORM alpine\n',
    'ARG IMG\nFROM $IMG AS x\nARG V\nFROM x\n',
  ],
  invalid: [
    {
      code: 'FROM node:${NODE_VERSION}\n',
      errors: [{ message: "FROM argument 'NODE_VERSION' is not declared", line: 1, column: 13, endColumn: 25 }],
    },
    {
      code: 'FROM alpine\nARG TAG=1\nFROM alpine:$TAG\n',
      errors: [{ message: "FROM argument 'TAG' is not declared", line: 3, column: 14 }],
    },
  ],
});
