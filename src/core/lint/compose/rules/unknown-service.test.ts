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
      message: '`depends_on` refers to `dbb`, which is not a service of this project — did you mean `db`?',
      line: 5,
      column: 9,
      output: 'services:\n  web:\n    image: a:1\n    depends_on:\n      - db\n  db:\n    image: b:1\n',
    },
    {
      code: 'services:\n  web:\n    image: a:1\n    depends_on:\n      cache:\n        condition: service_started\n',
      message: '`depends_on` refers to `cache`',
      line: 5,
      column: 7,
    },
    {
      code: 'services:\n  web:\n    image: a:1\n    network_mode: "service:vpn"\n',
      message: '`network_mode` refers to `vpn`',
      line: 4,
      column: 28,
      endColumn: 31,
    },
    {
      code: 'services:\n  web:\n    image: a:1\n    volumes_from: ["store:ro"]\n',
      message: '`volumes_from` refers to `store`',
      line: 4,
      column: 21,
      endColumn: 26,
    },
    { code: 'services:\n  web:\n    extends: base\n', message: '`extends` refers to `base`', line: 3, column: 14 },
  ],
});
