import { testRule } from '../tester';
import rule from './yarn-cache-clean';

testRule(rule, {
  valid: ['FROM node:20\nRUN yarn install --frozen-lockfile && yarn cache clean\n', 'FROM node:20\nRUN yarn build\n'],
  invalid: [
    {
      code: 'FROM node:20\nRUN yarn install\n',
      errors: [
        { message: '`yarn cache clean` missing after `yarn install` was run.', line: 2, column: 5, endColumn: 9 },
      ],
    },
    {
      code: 'FROM node:20\nRUN yarn --frozen-lockfile\n',
      errors: [{ message: '`yarn cache clean` missing after `yarn install` was run.', line: 2, column: 5 }],
    },
  ],
});
