import { testRule } from '../tester';
import rule from './multiple-healthcheck';

testRule(rule, {
  valid: ['FROM alpine\nHEALTHCHECK CMD true\n', 'FROM alpine\nHEALTHCHECK NONE\nFROM alpine\nHEALTHCHECK CMD true\n'],
  invalid: [
    {
      code: 'FROM alpine\nHEALTHCHECK CMD a\nHEALTHCHECK CMD b\nHEALTHCHECK CMD c\n',
      errors: [
        {
          message:
            'Multiple `HEALTHCHECK` instructions found. If you list more than one `HEALTHCHECK` then only the last `HEALTHCHECK` will take effect',
          line: 2,
          column: 1,
        },
        {
          message:
            'Multiple `HEALTHCHECK` instructions found. If you list more than one `HEALTHCHECK` then only the last `HEALTHCHECK` will take effect',
          line: 3,
          column: 1,
        },
      ],
    },
  ],
});
