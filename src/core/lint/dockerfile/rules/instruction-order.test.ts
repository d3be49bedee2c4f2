import { testRule } from '../tester';
import rule from './instruction-order';

testRule(rule, {
  valid: ['# comment\nARG V=1\nFROM alpine:$V\nRUN x\n', 'FROM alpine\n'],
  invalid: [
    {
      code: 'LABEL a=b\nRUN x\nFROM alpine\n',
      errors: [
        {
          message: 'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.',
          line: 1,
          column: 1,
        },
      ],
    },
  ],
});
