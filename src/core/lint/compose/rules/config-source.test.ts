import { configSource } from './config-source';
import { ruleTester } from '../tester';

ruleTester(configSource, {
  valid: ['configs:\n  a:\n    file: ./a\n  b:\n    environment: B\n  c:\n    content: hi\n  d:\n    external: true\n'],
  invalid: [
    {
      code: 'configs:\n  nginx:\n    name: n\n',
      message: 'config `nginx` needs one of `file`, `environment` or `content`',
      line: 2,
      column: 3,
    },
    {
      code: 'configs:\n  nginx:\n    file: ./n\n    content: x\n',
      message: 'sets `file` and `content`',
      line: 4,
      column: 5,
    },
  ],
});
