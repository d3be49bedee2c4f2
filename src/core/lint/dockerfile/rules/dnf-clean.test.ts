import { testRule } from '../tester';
import rule from './dnf-clean';

const msg = '`dnf clean all` missing after dnf command.';
testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    'FROM fedora\nRUN dnf -y up && dnf clean all\n',
    'FROM fedora\nRUN --mount=type=tmpfs,target=/var/cache/libdnf5 dnf install -y mariadb-10.4\n',
    'FROM fedora\nRUN dnf install -y x-1 && dnf clean all\n',
    'FROM fedora\nRUN --mount=type=cache,target=/var/cache/dnf dnf install -y x-1\n',
  ],
  invalid: [
    {
      code: 'FROM fedora\nRUN dnf -y upgrade-minimal\n',
      errors: [{ message: rule.messages.missing(), line: 2, column: 5 }],
      output: 'FROM fedora\nRUN dnf -y upgrade-minimal && dnf clean all\n',
    },
    {
      code: 'FROM fedora\nRUN microdnf clean all && dnf install -y mariadb-10.4\n',
      errors: [{ message: rule.messages.missing(), line: 2, column: 27 }],
      output: 'FROM fedora\nRUN microdnf clean all && dnf install -y mariadb-10.4 && dnf clean all\n',
    },
    {
      code: 'FROM fedora\nRUN dnf install -y mariadb-10.4 && microdnf clean all\n',
      errors: [{ message: rule.messages.missing(), line: 2, column: 5 }],
      output: 'FROM fedora\nRUN dnf install -y mariadb-10.4 && microdnf clean all && dnf clean all\n',
    },
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
    // exec form: the range is the JSON string of the name, quotes included (not the `[`)
    {
      code: 'FROM fedora\nRUN ["dnf", "install", "-y", "x-1"]\n',
      errors: [{ message: msg, line: 2, column: 6, endColumn: 11 }],
    },
  ],
});
