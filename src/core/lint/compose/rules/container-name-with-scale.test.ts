import { containerNameWithScale } from './container-name-with-scale';
import { ruleTester } from '../tester';

ruleTester(containerNameWithScale, {
  valid: [
    'services:\n  a:\n    image: a:1\n    container_name: a\n    deploy:\n      replicas: 1\n',
    'services:\n  a:\n    image: a:1\n    scale: 3\n',
    // merged with its base: the override brings the count back to one
    {
      code: 'services:\n  a:\n    scale: 1\n',
      fileName: 'compose.override.yaml',
      files: { 'compose.yaml': 'services:\n  a:\n    image: a:1\n    container_name: a\n    scale: 3\n' },
    },
  ],
  invalid: [
    // the base names the container, the override scales it: compose sees both
    {
      code: 'services:\n  a:\n    deploy:\n      replicas: 2\n',
      fileName: 'compose.override.yaml',
      files: { 'compose.yaml': 'services:\n  a:\n    image: a:1\n    container_name: a\n' },
      errors: [
        {
          message: 'service `a` has a fixed `container_name` but asks for 2 containers; names must be unique',
          line: 4,
          column: 17,
          endLine: 4,
          endColumn: 18,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    container_name: a\n    scale: 2\n',
      errors: [
        {
          message: 'service `a` has a fixed `container_name` but asks for 2 containers; names must be unique',
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 13,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    container_name: a\n    deploy:\n      replicas: 3\n',
      errors: [
        {
          message: 'service `a` has a fixed `container_name` but asks for 3 containers; names must be unique',
          line: 6,
          column: 17,
          endLine: 6,
          endColumn: 18,
        },
      ],
    },
  ],
});
