import { testRule } from '../tester';
import rule from './zypper-pin';

const msg = 'Specify version with `zypper install -y <package>[=]<version>`.';
testRule(rule, {
  valid: ['FROM opensuse/leap:15\nRUN zypper install -y httpd=2.4\n', 'FROM opensuse/leap:15\nRUN zypper refresh\n'],
  invalid: [
    {
      code: 'FROM opensuse/leap:15\nRUN zypper in -y httpd\n',
      errors: [{ message: msg, line: 2, column: 5, endColumn: 11 }],
    },
  ],
});
