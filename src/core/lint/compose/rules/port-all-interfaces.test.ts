import { portAllInterfaces } from './port-all-interfaces';
import { ruleTester } from '../tester';

ruleTester(portAllInterfaces, {
  valid: [
    'services:\n  a:\n    image: a:1\n    ports: ["127.0.0.1:5432:5432", "5432"]\n',
    // web ports are published to be reached: no finding
    'services:\n  web:\n    image: nginx:1\n    ports: ["80:80", "8080:8080", "0.0.0.0:443:443"]\n',
    'services:\n  db:\n    image: postgres:16\n    ports:\n      - target: 5432\n        published: 5432\n        host_ip: 127.0.0.1\n',
  ],
  invalid: [
    {
      code: 'services:\n  db:\n    image: postgres:16\n    ports: ["5432:5432"]\n',
      message: 'host port 5432 publishes PostgreSQL on all interfaces',
      line: 4,
      column: 14,
      endColumn: 18,
    },
    {
      code: 'services:\n  cache:\n    image: redis:7\n    ports: ["0.0.0.0:16379:6379"]\n',
      message: 'host port 16379 publishes Redis',
      line: 4,
      column: 22,
    },
    {
      code: 'services:\n  db:\n    image: mongo:7\n    ports:\n      - target: 27017\n        published: "27018"\n',
      message: 'host port 27018 publishes MongoDB',
      line: 6,
      column: 20,
    },
  ],
});
