import { testRule } from '../tester';
import rule from './wget-and-curl';

testRule(rule, {
  valid: [
    'FROM debian\nRUN wget -q a && wget -q b\n',
    'FROM debian AS a\nRUN wget -q a\nFROM debian\nRUN curl -fsS b\n',
  ],
  invalid: [
    {
      code: 'FROM debian\nRUN wget -q a\nRUN curl -fsS b && curl c\n',
      errors: [{ message: 'Either use Wget or Curl but not both', line: 3, column: 5, endColumn: 9 }],
    },
  ],
});
