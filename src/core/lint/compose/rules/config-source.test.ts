import { configSource } from './config-source';
import { ruleTester } from '../tester';

ruleTester(configSource, {
  valid: ['configs:\n  a:\n    file: ./a\n  b:\n    environment: B\n  c:\n    content: hi\n  d:\n    external: true\n'],
  invalid: [
    {
      code: 'configs:\n  nginx:\n    name: n\n',
      errors: [
        {
          message: 'config `nginx` needs one of `file`, `environment` or `content` (or `external: true`)',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 8,
        },
      ],
    },
    {
      code: 'configs:\n  nginx:\n    file: ./n\n    content: x\n',
      errors: [
        {
          message: 'config `nginx` sets `file` and `content`; keep exactly one source',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 12,
        },
      ],
    },
  ],
});
