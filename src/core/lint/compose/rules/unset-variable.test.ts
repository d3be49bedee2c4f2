import { unsetVariable } from './unset-variable';
import { ruleTester } from '../tester';

ruleTester(unsetVariable, {
  valid: [
    'services:\n  a:\n    image: "a:${TAG:-1}"\n    command: echo $$HOME ${X:+y} ${Y-z}\n',
    { code: 'services:\n  a:\n    image: "a:${TAG}"\n', env: { TAG: '1' } },
    { code: 'services:\n  a:\n    image: "a:${TAG}"\n', files: { '.env': '# tags\nTAG=1\n' } },
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: "a:${TAG}"\n',
      errors: [
        {
          message:
            '`TAG` is not set (environment or .env); it becomes an empty string — set it or write `${TAG:-default}`',
          line: 3,
          column: 15,
          endLine: 3,
          endColumn: 21,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    environment:\n      - URL=http://$HOST:80\n',
      errors: [
        {
          message:
            '`HOST` is not set (environment or .env); it becomes an empty string — set it or write `${HOST:-default}`',
          line: 4,
          column: 20,
          endLine: 4,
          endColumn: 25,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    command: ["sh", "-c", "echo ${MSG:-${GREETING}}"]\n',
      errors: [
        {
          message:
            '`GREETING` is not set (environment or .env); it becomes an empty string — set it or write `${GREETING:-default}`',
          line: 4,
          column: 40,
          endLine: 4,
          endColumn: 51,
        },
      ],
    },
  ],
});
