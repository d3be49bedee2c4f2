import { quotedPorts } from './quoted-ports';
import { ruleTester } from '../tester';

ruleTester(quotedPorts, {
  valid: ['services:\n  a:\n    image: a:1\n    ports:\n      - "22:22"\n      - target: 80\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    ports:\n      - 22:22\n',
      errors: [{ message: 'quote the port mapping: "22:22"', line: 5, column: 9, endLine: 5, endColumn: 14 }],
      output: 'services:\n  a:\n    image: a:1\n    ports:\n      - "22:22"\n',
    },
  ],
});
