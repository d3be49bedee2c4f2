import { testRule } from '../tester';
import rule from './undefined-arg-in-from';

testRule(rule, {
  valid: [
    'ARG V=3\nFROM alpine:${V}\n',
    'FROM --platform=$BUILDPLATFORM alpine\n',
    'ARG IMG\nFROM $IMG AS x\nARG V\nFROM x\n',
    // BuildKit's testUndeclaredArg: declared without a value, `-` and `:-` defaults
    'ARG DEBUG\nFROM scratch${DEBUG}\n',
    'ARG DEBUG\nFROM scra${DEBUG:-tch}\n',
    'ARG DEBUG=""\nFROM scratch${DEBUG-@bogus}\n',
    'ARG A=3\nARG B="alpine:${A}"\nFROM $B\n',
  ],
  invalid: [
    {
      code: 'FROM --platform=$BULIDPLATFORM scratch\n',
      errors: [{ message: "FROM argument 'BULIDPLATFORM' is not declared", line: 1, column: 18, endColumn: 31 }],
    },
    {
      code: 'ARG tag=latest\nFROM busybox:${tag}${version} AS b\n',
      errors: [{ message: "FROM argument 'version' is not declared", line: 2, column: 22 }],
    },
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
