import { unknownService } from './unknown-service';
import { ruleTester } from '../tester';

ruleTester(unknownService, {
  valid: [
    'services:\n  a:\n    image: a:1\n    depends_on: [b]\n    volumes_from: [b, "container:x"]\n    links: ["b:alias"]\n  b:\n    image: b:1\n    network_mode: "service:a"\n',
    'services:\n  a:\n    image: a:1\n    extends:\n      file: base.yaml\n      service: web\n',
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    image: a:1\n    depends_on:\n      - dbb\n  db:\n    image: b:1\n',
      errors: [
        {
          message: '`depends_on` refers to `dbb`, which is not a service of this project — did you mean `db`?',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 12,
        },
      ],
      output: 'services:\n  web:\n    image: a:1\n    depends_on:\n      - db\n  db:\n    image: b:1\n',
    },
    {
      code: 'services:\n  web:\n    image: a:1\n    depends_on:\n      cache:\n        condition: service_started\n',
      errors: [
        {
          message: '`depends_on` refers to `cache`, which is not a service of this project',
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 12,
        },
      ],
    },
    {
      code: 'services:\n  web:\n    image: a:1\n    network_mode: "service:vpn"\n',
      errors: [
        {
          message: '`network_mode` refers to `vpn`, which is not a service of this project',
          line: 4,
          column: 28,
          endLine: 4,
          endColumn: 31,
        },
      ],
    },
    {
      code: 'services:\n  web:\n    image: a:1\n    volumes_from: ["store:ro"]\n',
      errors: [
        {
          message: '`volumes_from` refers to `store`, which is not a service of this project',
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 26,
        },
      ],
    },
    {
      code: 'services:\n  web:\n    extends: base\n',
      errors: [
        {
          message: '`extends` refers to `base`, which is not a service of this project',
          line: 3,
          column: 14,
          endLine: 3,
          endColumn: 18,
        },
      ],
    },
  ],
});
