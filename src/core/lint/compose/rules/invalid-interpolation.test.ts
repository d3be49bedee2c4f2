import { invalidInterpolation } from './invalid-interpolation';
import { ruleTester } from '../tester';

ruleTester(invalidInterpolation, {
  valid: ['services:\n  a:\n    image: a:1\n    command: echo $$1 ${A:-b}\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    command: echo ${1abc}\n',
      message: 'invalid interpolation format',
      line: 4,
      column: 19,
      endColumn: 26,
    },
    { code: 'services:\n  a:\n    image: a:1\n    command: echo ${A\n', message: 'unterminated', line: 4, column: 19 },
  ],
});
