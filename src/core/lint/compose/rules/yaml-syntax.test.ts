import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_LINT_SETTINGS } from '../../types';
import { validateSync } from '../index';
import { MAX_SYNTAX_DIAGNOSTICS, yamlSyntax } from './yaml-syntax';
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

describe('yaml-syntax on a mangled file (unit)', () => {
  it(`lists the first ${MAX_SYNTAX_DIAGNOSTICS} syntax errors and counts the rest in one more`, () => {
    const text = `services:\n${'  a: "x\n  : : [\n'.repeat(400)}`;
    const doc = TextDocument.create('untitled:compose.yaml', 'dockercompose', 1, text);
    const found = validateSync(doc, { ...DEFAULT_LINT_SETTINGS, engineChecks: false }).filter(
      (d) => d.code === 'yaml-syntax',
    );
    expect(found).toHaveLength(MAX_SYNTAX_DIAGNOSTICS + 1);
    expect(found.at(-1)!.message).toMatch(/^YAML: \d+ more syntax errors from here on are not listed/);
  });
});
