import { testRule } from '../tester';
import rule from './zypper-dist-upgrade';

testRule(rule, {
  valid: ['FROM opensuse/leap\nRUN zypper -n up\n'],
  invalid: [
    {
      code: 'FROM opensuse/leap\nRUN zypper -n dup\n',
      errors: [{ message: 'Do not use `zypper dist-upgrade`.', line: 2, column: 5, endColumn: 11 }],
    },
  ],
});
