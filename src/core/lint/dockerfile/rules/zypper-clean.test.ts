import { testRule } from '../tester';
import rule from './zypper-clean';

const msg = '`zypper clean` missing after zypper use.';
testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    'FROM opensuse\nRUN --mount=type=tmpfs,target=/var/cache/zypp zypper install -y mariadb=10.4\n',
    'FROM opensuse/leap\nRUN zypper install -y x=1 && zypper clean\n',
    'FROM opensuse/leap\nRUN zypper -n in x=1 && zypper cc -a\n',
  ],
  invalid: [
    {
      code: 'FROM opensuse/leap\nRUN zypper install -y x=1\n',
      errors: [{ message: msg, line: 2, column: 5 }],
      output: 'FROM opensuse/leap\nRUN zypper install -y x=1 && zypper clean\n',
    },
    { code: 'FROM opensuse/leap\nRUN zypper install -y x=1 &\n', errors: [{ message: msg, line: 2, column: 5 }] },
  ],
});
