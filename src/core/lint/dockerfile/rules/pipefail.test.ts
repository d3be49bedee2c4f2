import { testRule } from '../tester';
import rule from './pipefail';

const msg = 'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check';
testRule(rule, {
  valid: [
    'FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://x | tar xz\n',
    'FROM debian\nRUN set -o pipefail && wget -O - x | tar xz\n',
    'FROM debian\nRUN echo "a | b" && true || false\n',
    'FROM mcr.microsoft.com/windows\nSHELL ["powershell", "-Command"]\nRUN Get-Item x | Remove-Item\n',
  ],
  invalid: [
    { code: 'FROM debian\nRUN wget -O - https://x | tar xz\n', errors: [{ message: msg, line: 2, column: 1 }] },
    { code: 'FROM debian AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian\nRUN a | b\n', errors: [{ message: msg, line: 4, column: 1 }] },
  ],
});
