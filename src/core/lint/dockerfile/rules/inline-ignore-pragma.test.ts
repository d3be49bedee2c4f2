import { testRule } from '../tester';
import rule from './inline-ignore-pragma';

const on = { settings: { rules: { DL1001: 'info' as const } } };
testRule(rule, {
  valid: ['FROM alpine\n# hadolint ignore=DL3018\nRUN apk add curl\n', { code: 'FROM alpine\n# a comment\n', ...on }],
  invalid: [
    {
      code: 'FROM alpine\n# hadolint ignore=DL3018\nRUN apk add curl\n',
      ...on,
      errors: [
        { message: 'Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.', line: 2, column: 1 },
      ],
    },
  ],
});
