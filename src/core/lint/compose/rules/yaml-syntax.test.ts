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
      message: 'a merge key `<<` takes a mapping',
      line: 5,
      column: 9,
    },
    {
      code: 'x-a: &a\n  image: a:1\nservices:\n  s1:\n    <<: [*a, 3]\n',
      message: 'a merge key `<<` takes a mapping',
      line: 5,
      column: 9,
    },
    { code: 'services:\n  a:\n    image: [a\n', message: 'YAML:', line: 4, column: 1 },
    { code: 'services:\n  a: "x\n', message: 'Missing closing "quote', line: 3, column: 1 },
  ],
});
