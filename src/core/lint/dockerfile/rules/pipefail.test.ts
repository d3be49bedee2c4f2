import { testRule } from '../tester';
import rule from './pipefail';

const msg =
  'Set the SHELL option -o pipefail before RUN with a pipe in it. If you are using /bin/sh in an alpine image or if your shell is symlinked to busybox then consider explicitly setting your SHELL to /bin/ash, or disable this check';
testRule(rule, {
  valid: [
    'FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN wget -O - https://x | tar xz\n',
    'FROM debian\nRUN set -o pipefail && wget -O - x | tar xz\n',
    'FROM debian\nRUN echo "a | b" && true || false\n',
    'FROM mcr.microsoft.com/windows\nSHELL ["powershell", "-Command"]\nRUN Get-Item x | Remove-Item\n',
    'FROM debian\nRUN <<EOF\nset -euo pipefail\nwget -O - https://x | tar xz\nEOF\n',
    'FROM debian\nRUN <<EOF\necho "a | b"\n# curl x | sh\nEOF\n',
    'FROM debian\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nONBUILD RUN a | b\n',
    // hadolint's DL4006Spec: any `o` flag spelling, bash/zsh/ash by path
    'FROM scratch\nSHELL ["/bin/bash", "-eo", "pipefail", "-c"]\nRUN a | b\n',
    'FROM scratch\nSHELL ["/bin/bash", "-o", "errexit", "-o", "pipefail", "-c"]\nRUN a | b\n',
    'FROM scratch\nSHELL ["/usr/local/bin/zsh", "-o", "pipefail", "-c"]\nRUN a | b\n',
    'FROM scratch\nSHELL ["/bin/ash", "-euxo", "pipefail", "-c"]\nRUN a | b\n',
    'FROM scratch\nSHELL [ "cmd.exe", "/c" ]\nRUN a | b\n',
  ],
  invalid: [
    // /bin/sh may be dash: its `-o pipefail` is not trusted (hadolint's DL4006Spec)
    {
      code: 'FROM scratch\nSHELL ["/bin/sh", "-o", "pipefail", "-c"]\nRUN a | b\n',
      errors: [{ message: msg, line: 3, column: 1 }],
    },
    {
      code: 'FROM scratch\nSHELL ["/bin/bash", "-c"]\nRUN a | b\n',
      errors: [{ message: msg, line: 3, column: 1 }],
    },
    { code: 'FROM debian\nRUN wget -O - https://x | tar xz\n', errors: [{ message: msg, line: 2, column: 1 }] },
    {
      code: 'FROM debian\nRUN <<EOF\nset -e\nwget -O - https://x |\n  tar xz\nEOF\n',
      errors: [{ message: msg, line: 2, column: 1 }],
    },
    { code: 'FROM debian\nRUN wget -O - https://x \\\n  | tar xz\n', errors: [{ message: msg, line: 2, column: 1 }] },
    {
      code: '# escape=`\nFROM debian\nRUN wget -O - https://x `\n  | tar xz\n',
      errors: [{ message: msg, line: 3, column: 1 }],
    },
    { code: 'FROM debian\nONBUILD RUN a | b\n', errors: [{ message: msg, line: 2, column: 9 }] },
    {
      code: 'FROM debian AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian\nRUN a | b\n',
      errors: [{ message: msg, line: 4, column: 1 }],
    },
  ],
});
