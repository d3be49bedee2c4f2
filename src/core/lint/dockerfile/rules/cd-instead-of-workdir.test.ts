import { testRule } from '../tester';
import rule from './cd-instead-of-workdir';

testRule(rule, {
  valid: ['FROM alpine\nWORKDIR /app\nRUN make\n', 'FROM alpine\nRUN echo cd\n', '# hadolint shell=powershell\nFROM mcr.microsoft.com/windows\nRUN cd c:\\\\x\n'],
  invalid: [
    { code: 'FROM alpine\nRUN cd /app && make\n', errors: [{ message: 'Use WORKDIR to switch to a directory', line: 2, column: 5, endColumn: 7 }] },
    { code: 'FROM alpine\nRUN sh -c "cd /x; make"\n', errors: [{ message: 'Use WORKDIR to switch to a directory', line: 2, column: 5, endColumn: 24 }] },
    { code: 'FROM alpine\nRUN <<EOF\ncd /x\nEOF\n', errors: [{ message: 'Use WORKDIR to switch to a directory', line: 3, column: 1 }], variants: false },
  ],
});
