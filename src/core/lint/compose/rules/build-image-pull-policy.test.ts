import { buildImagePullPolicy } from './build-image-pull-policy';
import { ruleTester } from '../tester';

ruleTester(buildImagePullPolicy, {
  valid: ['services:\n  a:\n    build: .\n    image: me/a:1\n    pull_policy: build\n  b:\n    build: .\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    build: .\n    image: me/a:1\n',
      errors: [
        {
          message:
            'service `a` has `build` and `image` but no `pull_policy`: `up` tries to pull the image before building; set `pull_policy: build` (always build) or `missing`',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 10,
        },
      ],
    },
  ],
});
