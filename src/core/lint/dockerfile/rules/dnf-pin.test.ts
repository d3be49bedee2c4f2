import { testRule } from '../tester';
import rule from './dnf-pin';

const msg = 'Specify version with `dnf install -y <package>-<version>`.';
testRule(rule, {
  valid: ['FROM fedora:39\nRUN dnf install -y httpd-2.4.58\n', 'FROM fedora:39\nRUN dnf upgrade -y\n'],
  invalid: [
    {
      code: 'FROM fedora:39\nRUN dnf install -y httpd\n',
      errors: [{ message: msg, line: 2, column: 5, endColumn: 8 }],
    },
    { code: 'FROM ubi9\nRUN microdnf install -y httpd\n', errors: [{ message: msg, line: 2, column: 5 }] },
  ],
});
