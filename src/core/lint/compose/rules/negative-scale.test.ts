import { negativeScale } from './negative-scale';
import { ruleTester } from '../tester';

// compose-go loader/validate_test.go TestValidateNegativeScale
ruleTester(negativeScale, {
  valid: [
    'services:\n  a:\n    image: a:1\n    scale: 0\n',
    'services:\n  a:\n    image: a:1\n    deploy:\n      replicas: 3\n',
    'services:\n  a:\n    image: a:1\n    scale: ${SCALE:-2}\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    scale: -1\n',
      errors: [
        {
          message: '`scale` is -1: the number of containers must be 0 or more',
          line: 4,
          column: 12,
          endLine: 4,
          endColumn: 14,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    deploy:\n      replicas: -2\n',
      errors: [
        {
          message: '`deploy.replicas` is -2: the number of containers must be 0 or more',
          line: 5,
          column: 17,
          endLine: 5,
          endColumn: 19,
        },
      ],
    },
  ],
});
