import { portAllInterfaces } from './port-all-interfaces';
import { ruleTester } from '../tester';

ruleTester(portAllInterfaces, {
  valid: ['services:\n  a:\n    image: a:1\n    ports: ["127.0.0.1:8080:80", "80"]\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["8080:80"]\n',
      message: 'host port 8080 listens on all interfaces',
      line: 4,
      column: 14,
      endColumn: 18,
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    ports: ["0.0.0.0:9000:80"]\n',
      message: 'host port 9000',
      line: 4,
      column: 22,
    },
  ],
});
