import { yamlSyntax } from './yaml-syntax';
import { ruleTester } from '../tester';

ruleTester(yamlSyntax, {
  valid: ['services:\n  a:\n    image: a:1\n', '# only a comment\n', ''],
  invalid: [
    { code: 'services:\n  a:\n    image: [a\n', message: 'YAML:', line: 4, column: 1 },
    { code: 'services:\n  a: "x\n', message: 'Missing closing "quote', line: 3, column: 1 },
  ],
});
