import { testRule } from '../tester';
import rule from './expose-port-range';

testRule(rule, {
  valid: ['FROM alpine\nEXPOSE 80 65535/udp 8000-8010\n', 'FROM alpine\nEXPOSE $PORT\n'],
  invalid: [
    {
      code: 'FROM alpine\nEXPOSE 80 80000\n',
      errors: [{ message: 'Valid UNIX ports range from 0 to 65535', line: 2, column: 11, endColumn: 16 }],
    },
    {
      code: 'FROM alpine\nEXPOSE 8000-70000/tcp\n',
      errors: [{ message: 'Valid UNIX ports range from 0 to 65535', line: 2, column: 8 }],
    },
  ],
});
