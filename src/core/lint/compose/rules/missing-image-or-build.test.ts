import { missingImageOrBuild } from './missing-image-or-build';
import { ruleTester } from '../tester';

ruleTester(missingImageOrBuild, {
  valid: [
    'services:\n  a:\n    image: a:1\n  b:\n    build: .\n  c:\n    extends: a\n',
    {
      code: 'services:\n  a:\n    ports: ["80:80"]\n',
      fileName: 'compose.override.yaml',
      files: { 'compose.yaml': 'services:\n  a:\n    image: a:1\n' },
    },
    {
      code: 'services:\n  a:\n    ports: ["80:80"]\n',
      fileName: 'docker-compose.prod.yml',
      files: { 'docker-compose.yml': 'services:\n  a:\n    build:\n      context: .\n' },
    },
  ],
  invalid: [
    // merged with its base, as compose merges `-f` files: the base's `a` has no image either
    {
      code: 'services:\n  a:\n    ports: ["80:80"]\n',
      fileName: 'compose.override.yaml',
      files: { 'compose.yaml': 'services:\n  a:\n    environment: [A=1]\n  b:\n    image: b:1\n' },
      errors: [
        { message: 'service `a` has neither `image` nor `build`', line: 2, column: 3, endLine: 2, endColumn: 4 },
      ],
    },
    {
      code: 'services:\n  web:\n    ports: ["80:80"]\n',
      errors: [
        { message: 'service `web` has neither `image` nor `build`', line: 2, column: 3, endLine: 2, endColumn: 6 },
      ],
    },
  ],
});
