import { dockerfileWithInline } from './dockerfile-with-inline';
import { ruleTester } from '../tester';

ruleTester(dockerfileWithInline, {
  valid: ['services:\n  a:\n    build:\n      context: .\n      dockerfile_inline: "FROM scratch"\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    build:\n      context: .\n      dockerfile: Dockerfile\n      dockerfile_inline: "FROM scratch"\n',
      errors: [
        {
          message: 'service `a`: `build` sets both `dockerfile` and `dockerfile_inline`; keep one',
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 24,
        },
      ],
    },
  ],
});
