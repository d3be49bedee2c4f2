import { testRule } from '../tester';
import rule from './env-self-reference';

testRule(rule, {
  valid: [
    'FROM alpine\nENV APP=/app\nENV BIN=$APP/bin\n',
    'FROM alpine\nENV APP=/app\nENV APP=/x BIN=$APP/bin\n',
    'FROM alpine\nENV A=1 AB=$ABC\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nENV APP=/app BIN=$APP/bin\n',
      errors: [
        {
          message:
            "Do not refer to an environment variable within the same `ENV` statement where it is defined. ('APP')",
          line: 2,
          column: 18,
          endColumn: 26,
        },
      ],
    },
    {
      code: 'FROM alpine\nENV A=1 \\\n    B=${A}\n',
      errors: [
        {
          message: "Do not refer to an environment variable within the same `ENV` statement where it is defined. ('A')",
          line: 3,
          column: 7,
        },
      ],
    },
  ],
});
