import { imageLatestTag } from './image-latest-tag';
import { ruleTester } from '../tester';

ruleTester(imageLatestTag, {
  valid: [
    'services:\n  a:\n    image: nginx:1.27\n  b:\n    image: registry:5000/x@sha256:abc\n  c:\n    build: .\n    image: mine\n  d:\n    image: ${IMG:-x:1}\n',
    // untagged: image-untagged (off by default) reports it
    'services:\n  a:\n    image: nginx\n  b:\n    image: localhost:5000/app\n',
    'services:\n  a:\n    build: .\n    image: app:latest\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: localhost:5000/app:latest\n',
      errors: [
        {
          message: 'image `localhost:5000/app:latest` uses `latest`, which changes under you; pin a version',
          line: 3,
          column: 12,
          endLine: 3,
          endColumn: 37,
        },
      ],
    },
  ],
});
