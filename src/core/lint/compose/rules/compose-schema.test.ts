import { composeSchema } from './compose-schema';
import { ruleTester } from '../tester';

ruleTester(composeSchema, {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    ports: ["8080:80"]\n',
    'name: shop\nservices:\n  web:\n    build: .\n    develop:\n      watch:\n        - action: sync\n          path: ./src\n          target: /app\n',
    'x-common: &common\n  restart: always\nservices:\n  a:\n    <<: *common\n    image: busybox:1\n',
    'services:\n  a:\n    image: busybox:1\n    build: !reset null\n    ports: !override ["1:1"]\n',
    'services:\n  a:\n    image: busybox:1\n    deploy:\n      replicas: ${REPLICAS:-2}\n',
    'include:\n  - other.yaml\nservices: {}\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    imagee: nginx:1\n',
      errors: [
        {
          message: '`imagee` is not a service key — did you mean `image`?',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 11,
        },
      ],
      output: 'services:\n  web:\n    image: nginx:1\n',
    },
    {
      code: 'services:\n  web:\n    image: nginx:1\n    ports: 8080:80\n',
      errors: [{ message: '`ports` must be a list', line: 4, column: 12, endLine: 4, endColumn: 19 }],
    },
    {
      code: 'services:\n  web:\n    image: nginx:1\n    build:\n      contxt: .\n',
      errors: [
        {
          message: '`contxt` is not a `build` key — did you mean `context`?',
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 13,
        },
      ],
      output: 'services:\n  web:\n    image: nginx:1\n    build:\n      context: .\n',
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    depends_on:\n      b:\n        condition: healthy\n  b:\n    image: b:1\n',
      errors: [
        {
          message: '`condition` must be one of service_started, service_healthy, service_completed_successfully',
          line: 6,
          column: 20,
          endLine: 6,
          endColumn: 27,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    command: 42\n',
      errors: [{ message: '`command` must be a string or a list', line: 4, column: 14, endLine: 4, endColumn: 16 }],
    },
    {
      code: 'servics:\n  a:\n    image: a:1\n',
      errors: [
        {
          message: '`servics` is not a top-level key — did you mean `services`?',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
        },
      ],
      output: 'services:\n  a:\n    image: a:1\n',
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    healthcheck: yes\n',
      errors: [{ message: '`healthcheck` must be a mapping', line: 4, column: 18, endLine: 4, endColumn: 21 }],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    frobnicate: 1\n',
      errors: [{ message: '`frobnicate` is not a service key', line: 4, column: 5, endLine: 4, endColumn: 15 }],
    },
    {
      code: 'x-base: &b\n  imagee: a:1\nservices:\n  a:\n    <<: *b\n',
      errors: [
        {
          message: '`imagee` is not a service key — did you mean `image`?',
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 9,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    ports:\n      - target: x\n        published: 80\n        flavour: tcp\n',
      errors: [{ message: '`flavour` is not a `ports[0]` key', line: 7, column: 9, endLine: 7, endColumn: 16 }],
    },
  ],
});
