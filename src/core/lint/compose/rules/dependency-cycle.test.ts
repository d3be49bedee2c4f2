import { dependencyCycle } from './dependency-cycle';
import { ruleTester } from '../tester';

ruleTester(dependencyCycle, {
  valid: [
    'services:\n  a:\n    image: a:1\n    depends_on: [b]\n  b:\n    image: b:1\n    depends_on: [c]\n  c:\n    image: c:1\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    depends_on: [b]\n  b:\n    image: b:1\n    depends_on: [a]\n',
      errors: [{ message: 'dependency cycle: a → b → a', line: 7, column: 18, endLine: 7, endColumn: 19 }],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    depends_on: [b]\n  b:\n    image: b:1\n    network_mode: "service:c"\n  c:\n    image: c:1\n    volumes_from: [a]\n',
      errors: [{ message: 'dependency cycle: a → b → c → a', line: 10, column: 20, endLine: 10, endColumn: 21 }],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    depends_on: [a]\n',
      errors: [{ message: 'dependency cycle: a → a', line: 4, column: 18, endLine: 4, endColumn: 19 }],
    },
  ],
});
