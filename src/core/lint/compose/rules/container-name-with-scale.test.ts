import { containerNameWithScale } from './container-name-with-scale';
import { ruleTester } from '../tester';

ruleTester(containerNameWithScale, {
  valid: [
    'services:\n  a:\n    image: a:1\n    container_name: a\n    deploy:\n      replicas: 1\n',
    'services:\n  a:\n    image: a:1\n    scale: 3\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    container_name: a\n    scale: 2\n',
      message: 'has a fixed `container_name` but asks for 2 containers',
      line: 5,
      column: 12,
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    container_name: a\n    deploy:\n      replicas: 3\n',
      message: 'asks for 3 containers',
      line: 6,
      column: 17,
    },
  ],
});
