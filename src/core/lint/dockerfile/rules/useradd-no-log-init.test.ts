import { testRule } from '../tester';
import rule from './useradd-no-log-init';

const msg = '`useradd` without flag `-l` and high UID will result in excessively large Image.';
testRule(rule, {
  valid: [
    'FROM debian\nRUN useradd -u 1000 app\n',
    'FROM debian\nRUN useradd -l -u 123456 app\n',
    'FROM debian\nRUN useradd --no-log-init --uid=123456 app\n',
  ],
  invalid: [
    {
      code: 'FROM debian\nRUN useradd -u 123456 app\n',
      errors: [{ message: msg, line: 2, column: 5, endColumn: 12 }],
      output: 'FROM debian\nRUN useradd -l -u 123456 app\n',
    },
  ],
});
