import { testRule } from '../tester';
import rule from './apt-get-pin';

const msg =
  'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`';
testRule(rule, {
  valid: [
    'FROM debian\nRUN apt-get install -y curl=7.88 ./local.deb\n',
    'FROM debian\nRUN apt-get update\n',
    'FROM debian\nRUN apt-get install -y -t bookworm-backports "$PKGS"\n',
    'FROM debian\nRUN ["apt-get", "install", "-y", "git=1:2.39"]\n',
    'FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl=7.88\nEOF\n',
    'FROM debian\nONBUILD RUN apt-get install -y curl=7.88\n',
  ],
  invalid: [
    {
      code: 'FROM debian\nRUN apt-get update && apt-get install -y curl=7 git\n',
      errors: [{ message: msg, line: 2, column: 23, endColumn: 30 }],
    },
    {
      code: 'FROM debian\nRUN apt-get update && \\\n  # deps\n  apt-get install -y \\\n    curl\n',
      errors: [{ message: msg, line: 4, column: 3 }],
    },
    {
      code: '# escape=`\nFROM debian\nRUN apt-get install -y `\n    curl\n',
      errors: [{ message: msg, line: 3, column: 5 }],
    },
    {
      code: 'FROM debian\nRUN <<EOF\nset -eux\napt-get update\napt-get install -y curl\nEOF\n',
      errors: [{ message: msg, line: 5, column: 1 }],
    },
    { code: 'FROM debian\nONBUILD RUN apt-get install -y curl\n', errors: [{ message: msg, line: 2, column: 13 }] },
    {
      code: 'FROM debian\nRUN if true; then apt-get install -y foo; fi\n',
      errors: [{ message: msg, line: 2, column: 19 }],
    },
  ],
});
