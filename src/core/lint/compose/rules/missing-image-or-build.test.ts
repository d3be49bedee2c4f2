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
  ],
  invalid: [
    {
      code: 'services:\n  web:\n    ports: ["80:80"]\n',
      errors: [
        { message: 'service `web` has neither `image` nor `build`', line: 2, column: 3, endLine: 2, endColumn: 6 },
      ],
    },
  ],
});
