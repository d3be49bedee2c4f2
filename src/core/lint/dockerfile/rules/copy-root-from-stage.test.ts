import { testRule } from '../tester';
import rule from './copy-root-from-stage';

const msg = 'Do not copy an entire filesystem from another stage';
// cases from hadolint's DL3067 specification
testRule(rule, {
  valid: [
    'FROM alpine AS build\nFROM alpine\nCOPY / /\n',
    'FROM alpine AS build\nFROM alpine\nCOPY --from=build /app /\n',
    'FROM alpine AS build\nFROM alpine\nCOPY --from=build / /app\n',
    'FROM alpine AS build\nFROM alpine\nCOPY --from=build --chown=1:1 /app/ /srv/\n',
  ],
  invalid: [
    {
      code: 'FROM alpine AS build\nFROM alpine\nCOPY --from=build / /\n',
      errors: [{ message: msg, line: 3, column: 19, endColumn: 22 }],
    },
    {
      code: 'FROM alpine AS build\nFROM scratch\nCOPY --from=build "/" "/"\n',
      errors: [{ message: msg, line: 3, column: 19 }],
    },
    { code: 'FROM scratch\nCOPY --from=busybox:1.36 / /\n', errors: [{ message: msg, line: 2, column: 26 }] },
  ],
});
