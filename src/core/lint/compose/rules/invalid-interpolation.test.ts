import { invalidInterpolation } from './invalid-interpolation';
import { ruleTester } from '../tester';

ruleTester(invalidInterpolation, {
  valid: ['services:\n  a:\n    image: a:1\n    command: echo $$1 ${A:-b}\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    command: echo ${1abc}\n',
      errors: [
        {
          message:
            'invalid interpolation format `${1abc}`: expected ${NAME}, ${NAME:-default}, ${NAME:?error} or ${NAME:+alternative}',
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 26,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    command: echo ${A\n',
      errors: [
        {
          message: 'unterminated `${`: add the closing `}` (write `$$` for a literal `$`)',
          line: 4,
          column: 19,
          endLine: 4,
          endColumn: 22,
        },
      ],
    },
  ],
});
