import { imageLatestTag } from './image-latest-tag';
import { ruleTester } from '../tester';

ruleTester(imageLatestTag, {
  valid: [
    'services:\n  a:\n    image: nginx:1.27\n  b:\n    image: registry:5000/x@sha256:abc\n  c:\n    build: .\n    image: mine\n  d:\n    image: ${IMG:-x:1}\n',
  ],
  invalid: [
    { code: 'services:\n  a:\n    image: nginx\n', message: 'image `nginx` has no tag', line: 3, column: 12 },
    { code: 'services:\n  a:\n    image: localhost:5000/app:latest\n', message: 'uses `latest`', line: 3, column: 12 },
  ],
});
