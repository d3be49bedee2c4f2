import { testRule } from '../tester';
import rule from './no-apt';

testRule(rule, {
  valid: ['FROM debian\nRUN apt-get install -y curl && apt-cache policy\n'],
  invalid: [
    {
      code: 'FROM debian\nRUN apt install -y curl\n',
      errors: [
        {
          message: 'Do not use apt as it is meant to be a end-user tool, use apt-get or apt-cache instead',
          line: 2,
          column: 5,
          endColumn: 8,
        },
      ],
    },
  ],
});
