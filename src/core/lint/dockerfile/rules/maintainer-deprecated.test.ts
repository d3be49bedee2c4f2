import { testRule } from '../tester';
import rule from './maintainer-deprecated';

testRule(rule, {
  valid: ['FROM alpine\nLABEL org.opencontainers.image.authors="x"\n', 'FROM alpine\n# MAINTAINER x\n'],
  invalid: [
    {
      code: 'FROM alpine\nMAINTAINER Jane <jane@example.com>\n',
      errors: [{ message: 'MAINTAINER is deprecated', line: 2, column: 1, endColumn: 11 }],
      output: 'FROM alpine\nLABEL org.opencontainers.image.authors="Jane <jane@example.com>"\n',
    },
    {
      code: 'FROM alpine\nmaintainer "a"\n',
      errors: [{ message: 'MAINTAINER is deprecated', line: 2, column: 1 }],
      output: 'FROM alpine\nLABEL org.opencontainers.image.authors="\\"a\\""\n',
    },
  ],
});
