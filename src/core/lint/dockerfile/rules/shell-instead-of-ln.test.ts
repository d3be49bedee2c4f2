import { testRule } from '../tester';
import rule from './shell-instead-of-ln';

testRule(rule, {
  valid: ['FROM debian\nSHELL ["/bin/bash", "-c"]\n', 'FROM debian\nRUN ln -s /bin/sh /usr/local/bin/sh\n'],
  invalid: [
    {
      code: 'FROM debian\nRUN ln -sf /bin/bash /bin/sh\n',
      errors: [{ message: 'Use SHELL to change the default shell', line: 2, column: 5, endColumn: 7 }],
    },
  ],
});
