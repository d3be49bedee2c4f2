import { testRule } from '../tester';
import rule from './dnf-clean';

testRule(rule, {
  valid: ['FROM fedora\nRUN dnf install -y x-1 && dnf clean all\n', 'FROM fedora\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y x-1\n'],
  invalid: [{ code: 'FROM fedora\nRUN dnf install -y x-1\n', errors: [{ message: '`dnf clean all` missing after dnf command.', line: 2, column: 5 }] }],
});
