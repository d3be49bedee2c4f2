import { testRule } from '../tester';
import rule from './npm-pin';

const msg = 'Pin versions in npm. Instead of `npm install <package>` use `npm install <package>@<version>`';
testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    'FROM node\nRUN npm install package-v1.2.3.tar\n',
    'FROM node:20\nRUN npm install\n',
    'FROM node:20\nRUN npm ci && npm install -g typescript@5.4.2 @scope/pkg@1.0.0\n',
    'FROM node:20\nRUN npm install ./local git+https://github.com/a/b.git#v1.0.27 package-v1.2.3.tar\n',
    // hadolint: the value of --loglevel is not a package
    'FROM node:20\nRUN npm install --loglevel verbose sax@0.1.1\n',
    'FROM node:20\nRUN npm install git+ssh://git@github.com:npm/npm.git#semver:^5.0\n',
  ],
  invalid: [
    // a git URL without a #commit-ish is not pinned (hadolint DL3016)
    {
      code: 'FROM node:20\nRUN npm install git+https://github.com/a/b.git\n',
      errors: [{ message: msg, line: 2, column: 5 }],
    },
    {
      code: 'FROM node:20\nRUN npm install git://github.com/npm/npm.git\n',
      errors: [{ message: msg, line: 2, column: 5 }],
    },
    {
      code: 'FROM node:20\nRUN npm install -g typescript\n',
      errors: [{ message: msg, line: 2, column: 5, endColumn: 8 }],
    },
    { code: 'FROM node:20\nRUN npm i @scope/pkg\n', errors: [{ message: msg, line: 2, column: 5 }] },
  ],
});
