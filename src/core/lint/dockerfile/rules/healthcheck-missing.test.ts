import { testRule } from '../tester';
import rule from './healthcheck-missing';

const settings = { rules: { 'healthcheck-missing': 'info' as const } };
testRule(rule, {
  valid: [
    'FROM alpine\n',
    { code: 'FROM alpine\nHEALTHCHECK CMD true\n', settings },
    { code: 'FROM alpine AS a\nHEALTHCHECK NONE\nFROM a\n', settings },
  ],
  invalid: [
    {
      code: 'FROM alpine\n',
      settings,
      errors: [{ message: '`HEALTHCHECK` instruction missing.', line: 1, column: 1 }],
    },
  ],
});
