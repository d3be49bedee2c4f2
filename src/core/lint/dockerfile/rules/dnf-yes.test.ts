import { testRule } from '../tester';
import rule from './dnf-yes';

const msg = 'Use the -y switch to avoid manual input `dnf install -y <package>`';
testRule(rule, {
  valid: ['FROM fedora\nRUN dnf install -y httpd\n', 'FROM fedora\nRUN microdnf --assumeyes install httpd\n'],
  invalid: [
    {
      code: 'FROM fedora\nRUN microdnf install httpd\n',
      errors: [{ message: msg, line: 2, column: 5 }],
      output: 'FROM fedora\nRUN microdnf install -y httpd\n',
    },
  ],
});
