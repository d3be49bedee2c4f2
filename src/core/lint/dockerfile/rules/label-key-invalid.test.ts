import { testRule } from '../tester';
import rule from './label-key-invalid';

testRule(rule, {
  valid: ['FROM alpine\nLABEL org.opencontainers.image.title="x" version=1\n', 'FROM alpine\nLABEL a=1\n'],
  invalid: [
    {
      code: 'FROM alpine\nLABEL com.docker.x=1\n',
      errors: [{ message: "Invalid Label Key 'com.docker.x'", line: 2, column: 7, endColumn: 19 }],
    },
    {
      code: 'FROM alpine\nLABEL ok=1 My_Label=2 a..b=3\n',
      errors: [
        { message: "Invalid Label Key 'My_Label'", line: 2, column: 12 },
        { message: "Invalid Label Key 'a..b'", line: 2, column: 23 },
      ],
    },
  ],
});
