import { yamlSyntax } from './yaml-syntax';
import { ruleTester } from '../tester';

ruleTester(yamlSyntax, {
  valid: [
    'services:\n  a:\n    image: a:1\n',
    '# only a comment\n',
    '',
    'x-a: &a\n  image: a:1\nx-b: &b\n  restart: always\nservices:\n  s:\n    <<: [*a, *b]\n  t:\n    <<: *a\n',
  ],
  invalid: [
    // compose-go reset_test.go TestMergeKeyAliasToScalarRejected
    {
      code: 'name: test\nx-scalar: &s "not-a-map"\nservices:\n  s1:\n    <<: *s\n',
      errors: [
        {
          message: 'YAML: a merge key `<<` takes a mapping or a list of mappings',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 11,
        },
      ],
    },
    {
      code: 'x-a: &a\n  image: a:1\nservices:\n  s1:\n    <<: [*a, 3]\n',
      errors: [
        {
          message: 'YAML: a merge key `<<` takes a mapping or a list of mappings',
          line: 5,
          column: 9,
          endLine: 5,
          endColumn: 16,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: [a\n',
      errors: [
        {
          message: 'YAML: Flow sequence in block collection must be sufficiently indented and end with a ]',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 1,
        },
      ],
    },
    {
      code: 'services:\n  a: "x\n',
      errors: [{ message: 'YAML: Missing closing "quote', line: 3, column: 1, endLine: 3, endColumn: 1 }],
    },
  ],
});
