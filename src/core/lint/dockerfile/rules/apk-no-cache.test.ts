import { testRule } from '../tester';
import rule from './apk-no-cache';

const msg =
  'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages';
testRule(rule, {
  valid: [
    'FROM alpine\nRUN apk add --no-cache curl\n',
    'FROM alpine\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nRUN apk add --update curl\n',
      errors: [{ message: msg, line: 2, column: 5 }],
      output: 'FROM alpine\nRUN apk add --no-cache --update curl\n',
    },
  ],
});
