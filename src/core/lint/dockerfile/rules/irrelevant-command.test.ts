import { testRule } from '../tester';
import rule from './irrelevant-command';

testRule(rule, {
  valid: [
    'FROM alpine\nRUN apk add vim-doc\n',
    'FROM alpine\nCMD ["top"]\n',
    'FROM alpine\nRUN echo "ssh is fine in a string"\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nRUN apk add x && service nginx start\n',
      errors: [
        {
          message:
            'For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`',
          line: 2,
          column: 18,
          endColumn: 25,
        },
      ],
    },
    {
      code: 'FROM alpine\nRUN ["ps", "aux"]\n',
      errors: [
        {
          message:
            'For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`',
          line: 2,
          column: 6,
          endColumn: 10,
        },
      ],
    },
  ],
});
