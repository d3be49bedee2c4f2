import { dockerfileWithInline } from './dockerfile-with-inline';
import { ruleTester } from '../tester';

ruleTester(dockerfileWithInline, {
  valid: ['services:\n  a:\n    build:\n      context: .\n      dockerfile_inline: "FROM scratch"\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    build:\n      context: .\n      dockerfile: Dockerfile\n      dockerfile_inline: "FROM scratch"\n',
      message: 'sets both `dockerfile` and `dockerfile_inline`',
      line: 6,
      column: 7,
    },
  ],
});
