import { testRule } from '../tester';
import rule from './expose-is-documentation';

testRule(rule, {
  valid: ['FROM alpine AS build\nEXPOSE 3000\nFROM alpine\n', 'FROM alpine\nEXPOSE $PORT\n'],
  invalid: [{ code: 'FROM alpine\nEXPOSE 8080/tcp 9090\n', errors: [{ message: 'EXPOSE 8080/tcp 9090 is documentation only: publish with `docker run -p 8080:8080` (or -P) to reach it from the host', line: 2, column: 8 }] }],
});
