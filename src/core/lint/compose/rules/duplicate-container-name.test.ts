import { duplicateContainerName } from './duplicate-container-name';
import { ruleTester } from '../tester';

ruleTester(duplicateContainerName, {
  valid: [
    'services:\n  a:\n    image: a:1\n    container_name: x\n  b:\n    image: b:1\n    container_name: y\n',
    'services:\n  a:\n    image: a:1\n    profiles: [dev]\n    container_name: x\n  b:\n    image: b:1\n    profiles: [prod]\n    container_name: x\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    container_name: x\n  b:\n    image: b:1\n    container_name: x\n',
      errors: [
        {
          message: 'container_name `x` is already used by service `a`',
          line: 7,
          column: 21,
          endLine: 7,
          endColumn: 22,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    profiles: [dev]\n    container_name: x\n  b:\n    image: b:1\n    profiles: [prod]\n    container_name: x\n  c:\n    image: c:1\n    profiles: [prod, dev]\n    container_name: x\n',
      errors: [
        {
          message: 'container_name `x` is already used by service `a`',
          line: 13,
          column: 21,
          endLine: 13,
          endColumn: 22,
        },
      ],
    },
  ],
});
