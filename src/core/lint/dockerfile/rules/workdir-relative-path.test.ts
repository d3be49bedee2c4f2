import { testRule } from '../tester';
import rule from './workdir-relative-path';

testRule(rule, {
  valid: [
    // BuildKit judges only the first WORKDIR of a stage, an inherited one included
    'FROM alpine\nWORKDIR /src\nWORKDIR app\n',
    'FROM alpine AS a\nWORKDIR /app\nFROM a AS b\nWORKDIR subdir/\n',
    'FROM alpine\nWORKDIR /app\n',
    'FROM alpine\nWORKDIR $HOME/app\n',
    '# escape=`\nFROM mcr.microsoft.com/windows\nWORKDIR C:\\app\n',
    'FROM alpine\nWORKDIR "/my app"\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nWORKDIR app\n',
      errors: [{ message: "Use absolute WORKDIR (relative 'app')", line: 2, column: 9, endColumn: 12 }],
      output: 'FROM alpine\nWORKDIR /app\n',
    },
    {
      code: 'FROM alpine\nONBUILD WORKDIR x\n',
      errors: [{ message: "Use absolute WORKDIR (relative 'x')", line: 2, column: 17 }],
      output: 'FROM alpine\nONBUILD WORKDIR /x\n',
    },
  ],
});
