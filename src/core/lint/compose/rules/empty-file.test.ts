import { emptyFile } from './empty-file';
import { ruleTester } from '../tester';

// compose-go loader_test.go TestEmptyFile (testdata/empty.yaml: "# Empty file")
ruleTester(emptyFile, {
  valid: [
    'services:\n  a:\n    image: a:1\n',
    'x-only: 1\n',
    {
      code: '# nothing to add yet\n',
      fileName: 'compose.override.yaml',
      files: { 'compose.yaml': 'services:\n  a:\n    image: a:1\n' },
    },
  ],
  invalid: [
    { code: '# Empty file\n', message: 'the file is empty', line: 1, column: 1, endColumn: 13 },
    { code: '', message: 'the file is empty', line: 1, column: 1 },
    { code: '{}\n', message: 'the file is empty', line: 1, column: 1 },
    { code: '---\n# only a comment\n', message: 'the file is empty', line: 1, column: 1 },
  ],
});
