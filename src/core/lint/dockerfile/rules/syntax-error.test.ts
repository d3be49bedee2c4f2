import { testRule } from '../tester';
import rule from './syntax-error';

testRule(rule, {
  valid: [
    'FROM alpine:3.19\nRUN echo hi\n',
    'ARG V=1\nFROM alpine:${V}\nEXPOSE 80/tcp 53/udp\nHEALTHCHECK --interval=5s CMD true\n',
    '# escape=`\nFROM mcr.microsoft.com/windows/servercore\nRUN dir `\n  c:\\\n',
    'FROM alpine\nRUN <<EOF\napk add curl\nEOF\n',
    // a doubled escape at the end of a line ends it in BuildKit (the official mongo Windows image)
    'FROM mcr.microsoft.com/windows/nanoserver\nCOPY --from=x \\\n\tC:\\\\a.dll \\\n\tC:\\\\b.dll \\\n\tC:\\\\Windows\\\\\n\n# doc\nENV V 7.0\n',
    'FROM alpine\nONBUILD RUN echo hi\nCOPY --chmod=755 a /b\n',
    // builds, with BuildKit's ExposeInvalidFormat warning: expose-invalid-format reports it
    'FROM alpine\nEXPOSE 127.0.0.1:80:80\n',
    // duplicate-stage-name (DuplicateStageName) reports it
    'FROM alpine AS a\nFROM debian AS A\n',
  ],
  invalid: [
    { code: 'FROM alpine\nEXPOSE 80/tcpx\n', errors: [{ message: 'Invalid proto: tcpx', line: 2, column: 11 }] },
    { code: 'FROM alpine\nEXPOSE http\n', errors: [{ message: 'Invalid containerPort: http', line: 2, column: 8 }] },
    { code: 'FROM alpine\nFOO bar\n', errors: [{ message: 'Unknown instruction: FOO', line: 2, column: 1 }] },
    {
      code: 'FROM alpine\nCDM ["sh"]\n',
      errors: [{ message: 'Unknown instruction: CDM — did you mean CMD?', line: 2, column: 1, endColumn: 4 }],
      output: 'FROM alpine\nCMD ["sh"]\n',
    },
    {
      code: 'from alpine\nwokrdir /app\n',
      errors: [{ message: 'Unknown instruction: WOKRDIR — did you mean workdir?', line: 2, column: 1 }],
      output: 'from alpine\nworkdir /app\n',
    },
    {
      code: 'FROM alpine\nHEALTHCHECK --interval=5 CMD true\n',
      errors: [{ message: 'time: missing unit in duration 5', line: 2, column: 24 }],
    },
    { code: 'FROM alpine\nSTOPSIGNAL -1\n', errors: [{ message: 'Invalid signal: -1', line: 2, column: 12 }] },
    { code: '', errors: [{ message: 'No source image provided with `FROM`', line: 1, column: 1 }], variants: false },
    {
      code: '# escape=`\nFROM alpine\nCOPY\n',
      errors: [{ message: 'COPY requires at least two arguments', line: 3, column: 1 }],
    },
  ],
});
