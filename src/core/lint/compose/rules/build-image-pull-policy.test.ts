import { buildImagePullPolicy } from './build-image-pull-policy';
import { ruleTester } from '../tester';

ruleTester(buildImagePullPolicy, {
  valid: ['services:\n  a:\n    build: .\n    image: me/a:1\n    pull_policy: build\n  b:\n    build: .\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    build: .\n    image: me/a:1\n',
      message: 'has `build` and `image` but no `pull_policy`',
      line: 4,
      column: 5,
    },
  ],
});
