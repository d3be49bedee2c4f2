import { testRule } from '../tester';
import rule from './image-not-present';
import type { EngineFacts } from '../../types';

const facts: EngineFacts = {
  imagePresent: async (ref) => (ref === 'unknown:1' ? undefined : ref === 'alpine:3.19' || ref === 'busybox:latest'),
};
testRule(rule, {
  valid: [
    { code: 'FROM nginx:1.25\n' },
    { code: 'FROM alpine:3.19\nFROM busybox\nFROM scratch\n', facts },
    { code: 'FROM unknown:1\n', facts },
    { code: 'FROM alpine:3.19 AS a\nFROM a\n', facts },
    { code: 'FROM nginx:1.25\n', facts, settings: { engineChecks: false } },
  ],
  invalid: [
    {
      code: 'FROM nginx:1.25 AS web\n',
      facts,
      errors: [
        {
          message: "Image 'nginx:1.25' is not present on the engine; the build will pull it",
          line: 1,
          column: 6,
          endColumn: 16,
        },
      ],
    },
  ],
});
