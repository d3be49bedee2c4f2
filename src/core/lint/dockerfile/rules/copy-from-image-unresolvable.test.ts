import { testRule } from '../tester';
import rule from './copy-from-image-unresolvable';
import type { EngineFacts } from '../../types';

const facts: EngineFacts = { imagePresent: async (ref) => ref === 'nginx:1.25' };
testRule(rule, {
  valid: [
    { code: 'FROM alpine\nCOPY --from=nginx:1.25 /etc/nginx /n\n', facts },
    { code: 'FROM alpine AS b\nFROM alpine\nCOPY --from=b /x /x\n', facts },
    { code: 'FROM alpine\nCOPY --from=ghcr.io/x/y:1 /a /a\n' },
  ],
  invalid: [
    {
      code: 'FROM alpine\nCOPY --from=ghcr.io/x/y:1 /a /a\n',
      facts,
      errors: [
        {
          message: "COPY --from image 'ghcr.io/x/y:1' is not present on the engine; the build will try to pull it",
          line: 2,
          column: 13,
        },
      ],
    },
  ],
});
