import { testRule } from '../tester';
import rule from './wget-progress';

const msg =
  'Avoid use of wget without progress bar. Use `wget --progress=dot:giga <url>`. Or consider using `-q` or `-nv` (shorthands for `--quiet` or `--no-verbose`).';
testRule(rule, {
  valid: [
    'FROM debian\nRUN wget -q https://x/y\n',
    'FROM debian\nRUN wget --progress=dot:giga https://x/y\n',
    'FROM debian\nRUN wget -nv https://x/y\n',
  ],
  invalid: [
    { code: 'FROM debian\nRUN wget https://x/y -O /y\n', errors: [{ message: msg, line: 2, column: 5, endColumn: 9 }] },
    // the range is the command's word, not the same word inside a quoted string, a package name or a redirection
    {
      code: 'FROM debian\nRUN echo "use wget here" > /wget && wget https://x/y\n',
      errors: [{ message: msg, line: 2, column: 37, endColumn: 41 }],
    },
    {
      code: 'FROM debian\nRUN set -eux; \\\n  # fetch with wget\n  (cd /x && wget https://x/y)\n',
      errors: [{ message: msg, line: 4, column: 13, endColumn: 17 }],
    },
  ],
});
