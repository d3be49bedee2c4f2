import { testRule } from '../tester';
import rule from './json-args-recommended';

testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    'FROM alpine AS base\nSHELL ["/usr/bin/customshell"]\nFROM base\nCMD mycommand\n',
    'FROM alpine\nSHELL ["/usr/bin/customshell"]\nENTRYPOINT mycommand\n',
    'FROM alpine\nCMD ["node", "server.js"]\n',
    'FROM alpine\nENTRYPOINT ["/entry.sh"]\nCMD []\n',
    'FROM alpine\nRUN echo hi\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nCMD node server.js\n',
      errors: [
        {
          message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
          line: 2,
          column: 5,
          endColumn: 19,
        },
      ],
      output: 'FROM alpine\nCMD ["node", "server.js"]\n',
    },
    {
      code: 'FROM alpine\nENTRYPOINT exec "$0" && x | y\n',
      errors: [
        {
          message: 'JSON arguments recommended for ENTRYPOINT to prevent unintended behavior related to OS signals',
          line: 2,
          column: 12,
        },
      ],
    },
    {
      code: 'FROM alpine\nONBUILD CMD run\n',
      errors: [
        {
          message: 'JSON arguments recommended for CMD to prevent unintended behavior related to OS signals',
          line: 2,
          column: 13,
        },
      ],
      output: 'FROM alpine\nONBUILD CMD ["run"]\n',
    },
  ],
});
