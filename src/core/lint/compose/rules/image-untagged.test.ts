import { imageUntagged } from './image-untagged';
import { ruleTester } from '../tester';

ruleTester(imageUntagged, {
  valid: [
    'services:\n  a:\n    image: nginx:1.27\n  b:\n    image: nginx:latest\n  c:\n    image: x@sha256:abc\n  d:\n    build: .\n    image: mine\n  e:\n    image: ${IMG}\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: nginx\n  b:\n    image: localhost:5000/app\n',
      errors: [
        {
          message: 'image `nginx` has no tag, so it means `latest`, which changes under you; pin a version',
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 17,
        },
        {
          message:
            'image `localhost:5000/app` has no tag, so it means `latest`, which changes under you; pin a version',
          line: 5,
          column: 12,
          endLine: 5,
          endColumn: 30,
        },
      ],
    },
  ],
});
