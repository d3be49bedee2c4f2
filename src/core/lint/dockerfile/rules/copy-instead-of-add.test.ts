import { testRule } from '../tester';
import rule from './copy-instead-of-add';

testRule(rule, {
  valid: [
    'FROM alpine\nADD https://example.com/a.txt /a\n',
    'FROM alpine\nADD app.tar.gz /opt/\n',
    'FROM alpine\nCOPY src /src\n',
    'FROM alpine\nADD git@github.com:a/b.git /b\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nADD src /src\n',
      errors: [{ message: 'Use COPY instead of ADD for files and folders', line: 2, column: 1, endColumn: 4 }],
      output: 'FROM alpine\nCOPY src /src\n',
    },
    {
      code: 'FROM alpine\nADD --chown=1:1 a b /dst/\n',
      errors: [{ message: 'Use COPY instead of ADD for files and folders', line: 2, column: 1 }],
      output: 'FROM alpine\nCOPY --chown=1:1 a b /dst/\n',
    },
  ],
});
