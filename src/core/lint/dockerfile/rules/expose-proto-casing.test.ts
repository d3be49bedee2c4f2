import { testRule } from '../tester';
import rule from './expose-proto-casing';

testRule(rule, {
  valid: ['FROM alpine\nEXPOSE 80/tcp 53/udp 8080\n', 'FROM alpine\nEXPOSE ${PORT}/TCP\n'],
  invalid: [
    {
      code: 'FROM alpine\nEXPOSE 80 53/UDP\n',
      errors: [
        {
          message: "Defined protocol '53/UDP' in EXPOSE instruction should be lowercase",
          line: 2,
          column: 11,
          endColumn: 17,
        },
      ],
      output: 'FROM alpine\nEXPOSE 80 53/udp\n',
    },
  ],
});
