import { testRule } from '../tester';
import rule from './zypper-clean';

testRule(rule, {
  valid: ['FROM opensuse/leap\nRUN zypper install -y x=1 && zypper clean\n', 'FROM opensuse/leap\nRUN zypper -n in x=1 && zypper cc -a\n'],
  invalid: [{ code: 'FROM opensuse/leap\nRUN zypper install -y x=1\n', errors: [{ message: '`zypper clean` missing after zypper use.', line: 2, column: 5 }] }],
});
