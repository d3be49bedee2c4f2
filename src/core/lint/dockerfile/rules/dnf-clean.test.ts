import { testRule } from '../tester';
import rule from './dnf-clean';

const msg = '`dnf clean all` missing after dnf command.';
testRule(rule, {
  valid: [
    'FROM fedora\nRUN dnf install -y x-1 && dnf clean all\n',
    'FROM fedora\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y x-1\n',
  ],
  invalid: [
    {
      code: 'FROM fedora\nRUN dnf install -y x-1\n',
      errors: [{ message: msg, line: 2, column: 5 }],
      output: 'FROM fedora\nRUN dnf install -y x-1 && dnf clean all\n',
    },
    {
      code: 'FROM fedora-minimal\nRUN microdnf install -y x-1\n',
      errors: [{ message: msg, line: 2, column: 5 }],
      output: 'FROM fedora-minimal\nRUN microdnf install -y x-1 && microdnf clean all\n',
    },
    { code: 'FROM fedora\nRUN ["dnf", "install", "-y", "x-1"]\n', errors: [{ message: msg, line: 2, column: 5 }] },
  ],
});
