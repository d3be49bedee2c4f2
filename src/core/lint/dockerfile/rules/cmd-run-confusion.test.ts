import { testRule } from '../tester';
import rule from './cmd-run-confusion';

testRule(rule, {
  valid: [
    'FROM node:20\nRUN npm ci && npm run build\nCMD ["npm", "start"]\n',
    'FROM python:3.12\nCMD gunicorn app:app\n',
    'FROM nginx\nCMD ["nginx", "-g", "daemon off;"]\n',
  ],
  invalid: [
    {
      code: 'FROM node:20\nRUN npm ci && npm start\n',
      errors: [
        {
          message:
            'RUN executes at build time: `npm start` starts a server that never returns and blocks the build. Start it with CMD',
          line: 2,
          column: 15,
          endColumn: 18,
        },
      ],
    },
    {
      code: 'FROM debian\nCMD apt-get install -y curl && curl x\n',
      errors: [
        {
          message: 'CMD runs on every container start: `apt-get install` belongs in a RUN instruction at build time',
          line: 2,
          column: 1,
        },
      ],
    },
    {
      code: 'FROM python:3.12\nENTRYPOINT ["pip", "install", "-r", "r.txt"]\n',
      errors: [
        {
          message: 'ENTRYPOINT runs on every container start: `pip install` belongs in a RUN instruction at build time',
          line: 2,
          column: 1,
        },
      ],
    },
  ],
});
