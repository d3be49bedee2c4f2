import { testRule } from '../tester';
import rule from './copy-multiple-sources-slash';

testRule(rule, {
  valid: [
    'FROM alpine\nCOPY a b /dst/\n',
    // the line ends at the doubled escape (BuildKit), so ENV is not more sources
    'FROM x\nCOPY a.dll b.dll C:\\\\Windows\\\\\nENV V 7.0\n',
    'FROM alpine\nCOPY a /dst\n',
    'FROM alpine\nCOPY --chown=1 a /dst\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nCOPY a b /dst\n',
      errors: [
        {
          message: 'COPY with more than 2 arguments requires the last argument to end with /',
          line: 2,
          column: 10,
          endColumn: 14,
        },
      ],
      output: 'FROM alpine\nCOPY a b /dst/\n',
    },
  ],
});
