import { testRule } from '../tester';
import rule from './copy-relative-dest-without-workdir';

const msg = '`COPY` to a relative destination without `WORKDIR` set.';
testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    'FROM mcr.microsoft.com/windows/nanoserver\nCOPY bla.sh c:\\system32\\blubb.sh\nCOPY a.txt "d:\\mypath\\a.txt"\n',
    'FROM node:20\nWORKDIR /app\nCOPY package.json .\n',
    'FROM node:20\nCOPY package.json /app/\n',
    'FROM node:20 AS base\nWORKDIR /app\nFROM base\nCOPY a .\n',
  ],
  invalid: [
    { code: 'FROM node:20\nCOPY package.json .\n', errors: [{ message: msg, line: 2, column: 19, endColumn: 20 }] },
    {
      code: 'FROM node:20 AS a\nWORKDIR /app\nFROM node:20\nCOPY a b/\n',
      errors: [{ message: msg, line: 4, column: 8 }],
    },
  ],
});
