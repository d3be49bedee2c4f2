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
    { code: 'services:\n  a:\n    image: a:1\n    scale: -1\n', message: '`scale` is -1', line: 4, column: 12 },
    {
      code: 'services:\n  a:\n    image: a:1\n    deploy:\n      replicas: -2\n',
      message: '`deploy.replicas` is -2',
      line: 5,
      column: 17,
    },
  ],
});
