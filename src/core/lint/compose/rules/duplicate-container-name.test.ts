import { duplicateContainerName } from './duplicate-container-name';
import { ruleTester } from '../tester';

ruleTester(duplicateContainerName, {
  valid: ['services:\n  a:\n    image: a:1\n    container_name: x\n  b:\n    image: b:1\n    container_name: y\n'],
  invalid: [{ code: 'services:\n  a:\n    image: a:1\n    container_name: x\n  b:\n    image: b:1\n    container_name: x\n', message: 'container_name `x` is already used by service `a`', line: 7, column: 21 }],
});
