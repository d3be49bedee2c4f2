import { testRule } from '../tester';
import rule from './add-for-archives';

testRule(rule, {
  valid: [
    'FROM debian\nADD app.tar.gz /opt/\n',
    'FROM debian\nCOPY app.tar.gz /tmp/\n',
    'FROM debian\nCOPY a.txt /tmp/\nRUN tar -xf /tmp/other.tar\n',
  ],
  invalid: [
    {
      code: 'FROM debian\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n',
      errors: [{ message: 'Use ADD for extracting archives into an image', line: 2, column: 1 }],
    },
  ],
});
