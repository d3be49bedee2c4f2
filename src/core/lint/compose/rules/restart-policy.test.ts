import { restartPolicy } from './restart-policy';
import { ruleTester } from '../tester';

ruleTester(restartPolicy, {
  valid: [
    'services:\n  a:\n    image: a:1\n    restart: always\n',
    'services:\n  a:\n    image: a:1\n    restart: "no"\n',
    'services:\n  a:\n    image: a:1\n    restart: no\n',
    'services:\n  a:\n    image: a:1\n    restart: on-failure:3\n',
    'services:\n  a:\n    image: a:1\n    restart: unless-stopped\n',
    'services:\n  a:\n    image: a:1\n    restart: ${RESTART:-always}\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    restart: sometimes\n',
      errors: [
        {
          message:
            '`restart: sometimes` is not a restart policy: use no, always, on-failure[:max-retries] or unless-stopped',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 23,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    restart: unless_stopped\n',
      errors: [
        {
          message:
            '`restart: unless_stopped` is not a restart policy: use no, always, on-failure[:max-retries] or unless-stopped — did you mean `unless-stopped`?',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 28,
        },
      ],
      output: 'services:\n  a:\n    image: a:1\n    restart: unless-stopped\n',
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    restart: alwais\n',
      errors: [
        {
          message:
            '`restart: alwais` is not a restart policy: use no, always, on-failure[:max-retries] or unless-stopped — did you mean `always`?',
          line: 4,
          column: 14,
          endLine: 4,
          endColumn: 20,
        },
      ],
      output: 'services:\n  a:\n    image: a:1\n    restart: always\n',
    },
  ],
});
