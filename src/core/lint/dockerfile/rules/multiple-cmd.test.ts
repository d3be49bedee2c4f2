import { testRule } from '../tester';
import rule from './multiple-cmd';

testRule(rule, {
  valid: [
    'FROM alpine\nCMD ["a"]\n',
    'FROM alpine AS a\nCMD ["a"]\nFROM alpine\nCMD ["b"]\n',
    'FROM alpine\nONBUILD CMD ["a"]\nCMD ["b"]\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nCMD ["a"]\nCMD ["b"]\n',
      errors: [
        {
          message:
            'Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect',
          line: 2,
          column: 1,
        },
      ],
    },
  ],
});
