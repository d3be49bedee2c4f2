import { requiredVariable } from './required-variable';
import { ruleTester } from '../tester';

ruleTester(requiredVariable, {
  valid: [
    { code: 'services:\n  a:\n    image: "a:${TAG:?set TAG}"\n', env: { TAG: '1' } },
    { code: 'services:\n  a:\n    image: "a:${TAG?x}"\n', env: { TAG: '' } },
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: "a:${TAG:?set TAG first}"\n',
      errors: [
        { message: '`TAG` is required but not set: set TAG first', line: 3, column: 15, endLine: 3, endColumn: 36 },
      ],
    },
    {
      code: 'services:\n  a:\n    image: "a:${TAG:?x}"\n',
      env: { TAG: '' },
      errors: [{ message: '`TAG` is required but not set: x', line: 3, column: 15, endLine: 3, endColumn: 24 }],
    },
  ],
});
