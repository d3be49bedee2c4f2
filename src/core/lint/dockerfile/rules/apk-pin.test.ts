import { testRule } from '../tester';
import rule from './apk-pin';

const msg = 'Pin versions in apk add. Instead of `apk add <package>` use `apk add <package>=<version>`';
testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    'FROM alpine\nRUN apk add --no-cache git~2.52.0 "flex>=2.6.1-r1" "python3<3.13" "libbz2=~1.0.6"\n',
    'FROM alpine\nRUN apk add --no-cache curl=8.5.0-r0\n',
    'FROM alpine\nRUN apk add --virtual .deps gcc=13.2.1-r0\n',
    'FROM alpine\nRUN apk update\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nRUN apk add --no-cache curl\n',
      errors: [{ message: msg, line: 2, column: 5, endColumn: 8 }],
    },
    { code: 'FROM alpine\nONBUILD RUN apk add git\n', errors: [{ message: msg, line: 2, column: 13 }] },
  ],
});
