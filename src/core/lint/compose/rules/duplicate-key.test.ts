import { duplicateKey } from './duplicate-key';
import { ruleTester } from '../tester';

ruleTester(duplicateKey, {
  valid: [
    'services:\n  a:\n    image: a:1\n  b:\n    image: a:1\n',
    'x-a: &a\n  image: a:1\nservices:\n  a:\n    <<: *a\n    image: b:1\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    image: b:1\n',
      errors: [{ message: '`image` is defined twice in this mapping', line: 4, column: 5, endLine: 4, endColumn: 10 }],
    },
    {
      code: 'services:\n  web:\n    image: a:1\n  web:\n    image: b:1\n',
      errors: [{ message: '`web` is defined twice in this mapping', line: 4, column: 3, endLine: 4, endColumn: 6 }],
    },
  ],
});
