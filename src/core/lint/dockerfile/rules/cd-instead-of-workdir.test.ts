import { testRule } from '../tester';
import rule from './cd-instead-of-workdir';

testRule(rule, {
  valid: [
    'FROM alpine\nWORKDIR /app\nRUN make\n',
    'FROM alpine\nRUN echo cd\n',
    '# hadolint shell=powershell\nFROM mcr.microsoft.com/windows\nRUN cd c:\\\\x\n',
    'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["cmd", "/S", "/C"]\nRUN cd c:\\\\x && dir\n',
    'FROM alpine\nRUN <<EOF\n# cd /tmp first\nmake\nEOF\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nRUN cd /app && make\n',
      errors: [{ message: 'Use WORKDIR to switch to a directory', line: 2, column: 5, endColumn: 7 }],
    },
    {
      code: 'FROM alpine\nRUN sh -c "cd /x; make"\n',
      errors: [{ message: 'Use WORKDIR to switch to a directory', line: 2, column: 12, endColumn: 14 }],
    },
    {
      code: 'FROM alpine\nRUN <<EOF\ncd /x\nEOF\n',
      errors: [{ message: 'Use WORKDIR to switch to a directory', line: 3, column: 1 }],
      variants: false,
    },
    {
      code: 'FROM alpine\nRUN <<EOF\nset -e\ncd /src\nmake\nEOF\n',
      errors: [{ message: 'Use WORKDIR to switch to a directory', line: 4, column: 1 }],
      variants: false,
    },
    {
      code: 'FROM alpine\nRUN make && \\\n    cd /out && tar cf x .\n',
      errors: [{ message: 'Use WORKDIR to switch to a directory', line: 3, column: 5 }],
    },
    {
      code: '# escape=`\nFROM alpine\nRUN make && `\n    cd /out\n',
      errors: [{ message: 'Use WORKDIR to switch to a directory', line: 4, column: 5 }],
    },
    {
      code: 'FROM alpine\nONBUILD RUN cd /app && make\n',
      errors: [{ message: 'Use WORKDIR to switch to a directory', line: 2, column: 13 }],
    },
    {
      code: 'FROM alpine\nRUN if [ -d /x ]; then cd /x; fi\n',
      errors: [{ message: 'Use WORKDIR to switch to a directory', line: 2, column: 24 }],
    },
  ],
});
