import { testRule } from '../tester';
import rule from './npm-pin';

const msg = 'Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`';
testRule(rule, {
  valid: [
    'FROM node:20\nRUN npm install\n',
    'FROM node:20\nRUN npm ci && npm install -g typescript@5.4.2 @scope/pkg@1.0.0\n',
    'FROM node:20\nRUN npm install ./local git+https://github.com/a/b.git\n',
  ],
  invalid: [
    {
      code: 'FROM node:20\nRUN npm install -g typescript\n',
      errors: [{ message: msg, line: 2, column: 5, endColumn: 8 }],
    },
    { code: 'FROM node:20\nRUN npm i @scope/pkg\n', errors: [{ message: msg, line: 2, column: 5 }] },
  ],
});
