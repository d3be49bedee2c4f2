import { bindWithoutSource } from './bind-without-source';
import { ruleTester } from '../tester';

const svc = (vol: string) => `services:\n  web:\n    image: nginx:1\n    volumes:\n${vol}`;

// compose-go loader_test.go TestLoadBindMountSourceMustNotBeEmpty
ruleTester(bindWithoutSource, {
  valid: [
    svc('      - type: bind\n        source: ./site\n        target: /app\n'),
    svc('      - type: volume\n        target: /data\n'),
    svc('      - ./site:/app\n'),
  ],
  invalid: [
    {
      code: svc('      - type: bind\n        target: /app\n'),
      message: 'bind mount on `/app` has no `source`',
      line: 5,
      column: 9,
    },
    {
      code: svc('      - type: bind\n        source: ""\n        target: /app\n'),
      message: 'bind mount on `/app` has an empty `source`',
      line: 6,
      column: 9,
    },
  ],
});
