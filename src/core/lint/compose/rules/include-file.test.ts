import { includeFile } from './include-file';
import { ruleTester } from '../tester';

// compose-go loader_test.go TestLoadIncludeCycle (testdata/compose-include-cycle.yaml) and include_test.go
ruleTester(includeFile, {
  valid: [
    {
      code: 'include:\n  - db/compose.yaml\nservices:\n  web:\n    image: nginx:1\n',
      files: { 'db/compose.yaml': 'services:\n  db:\n    image: postgres:16\n' },
    },
    {
      code: 'include:\n  - path: [db/compose.yaml, db/override.yaml]\n',
      files: { 'db/compose.yaml': 'services:\n  db:\n    image: postgres:16\n', 'db/override.yaml': 'services: {}\n' },
    },
    'include:\n  - oci://docker.io/example/stack:1\n  - ${STACK_DIR}/compose.yaml\n',
  ],
  invalid: [
    {
      code: 'include:\n  - ./missing/compose.yaml\nservices:\n  foo:\n    image: foo\n',
      message: 'included file `./missing/compose.yaml` does not exist',
      line: 2,
      column: 5,
    },
    {
      code: 'include:\n  - path:\n      - db.yaml\n      - db.override.yaml\n',
      files: { 'db.yaml': 'services:\n  db:\n    image: postgres:16\n' },
      message: 'included file `db.override.yaml` does not exist',
      line: 4,
      column: 9,
    },
    {
      code: 'include:\n  - compose.yaml\n\nname: project\nservices:\n  foo:\n    image: foo\n',
      files: { 'compose.yaml': 'include:\n  - compose.yaml\n' },
      message: 'include cycle: compose.yaml → compose.yaml',
      line: 2,
      column: 5,
    },
    {
      code: 'include:\n  - a.yaml\n',
      files: {
        'compose.yaml': '',
        'a.yaml': 'include:\n  - sub/b.yaml\n',
        'sub/b.yaml': 'include:\n  - ../compose.yaml\n',
      },
      message: 'include cycle: compose.yaml → a.yaml → sub/b.yaml → compose.yaml',
      line: 2,
      column: 5,
    },
  ],
});
