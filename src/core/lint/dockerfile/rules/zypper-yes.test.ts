import { testRule } from '../tester';
import rule from './zypper-yes';

const msg = 'Non-interactive switch missing from `zypper` command: `zypper install -y`';
testRule(rule, {
  valid: [
    'FROM opensuse/leap\nRUN zypper -n install httpd\n',
    'FROM opensuse/leap\nRUN zypper install --no-confirm httpd\n',
  ],
  invalid: [
    {
      code: 'FROM opensuse/leap\nRUN zypper in httpd\n',
      errors: [{ message: msg, line: 2, column: 5 }],
      output: 'FROM opensuse/leap\nRUN zypper in -y httpd\n',
    },
  ],
});
