import { testRule } from '../tester';
import rule from './multiple-entrypoint';

testRule(rule, {
  valid: ['FROM alpine\nENTRYPOINT ["a"]\n', 'FROM alpine AS a\nENTRYPOINT ["a"]\nFROM alpine\nENTRYPOINT ["b"]\n'],
  invalid: [
    {
      code: 'FROM alpine\nENTRYPOINT ["a"]\nRUN x\nENTRYPOINT b\n',
      errors: [
        {
          message:
            'Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect',
          line: 2,
          column: 1,
        },
      ],
    },
  ],
});
