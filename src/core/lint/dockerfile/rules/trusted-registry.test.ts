import { testRule } from '../tester';
import rule from './trusted-registry';

const settings = { trustedRegistries: ['registry.example.com', '*.corp.example', 'docker.io'] };
testRule(rule, {
  valid: [
    { code: 'FROM evil.example.org/app:1\n' },
    { code: 'FROM registry.example.com/app:1 AS a\nFROM a\nFROM scratch\nFROM alpine:3\n', settings },
    { code: 'FROM eu.corp.example/base:1\n', settings },
  ],
  invalid: [
    {
      code: 'FROM evil.example.org/app:1\n',
      settings,
      errors: [
        {
          message: 'Use only an allowed registry in the FROM image (evil.example.org is not trusted)',
          line: 1,
          column: 6,
        },
      ],
    },
  ],
});
