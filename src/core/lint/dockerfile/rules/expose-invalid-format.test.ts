import { testRule } from '../tester';
import rule from './expose-invalid-format';

testRule(rule, {
  valid: ['FROM alpine\nEXPOSE 80 443/tcp 8000-8010\n'],
  invalid: [
    {
      code: 'FROM alpine\nEXPOSE 80 127.0.0.1:8080:80\n',
      errors: [
        {
          message: "EXPOSE instruction should not define an IP address or host-port mapping, found '127.0.0.1:8080:80'",
          line: 2,
          column: 11,
        },
      ],
    },
    {
      code: 'FROM alpine\nEXPOSE 8080:80/tcp\n',
      errors: [
        {
          message: "EXPOSE instruction should not define an IP address or host-port mapping, found '8080:80/tcp'",
          line: 2,
          column: 8,
        },
      ],
    },
  ],
});
