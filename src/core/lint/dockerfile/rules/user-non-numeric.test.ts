import { testRule } from '../tester';
import rule from './user-non-numeric';

const msg = 'Non-numeric user-id may not be resolvable by host system';
// cases from hadolint's DL3066 specification
testRule(rule, {
  valid: [
    'FROM alpine\nUSER 12345\n',
    'FROM alpine\nUSER 1234:5678\n',
    'ARG APP_UID\nFROM alpine\nUSER ${APP_UID}\n',
    'FROM alpine\nARG APP_UID=1000\nUSER $APP_UID:$APP_UID\n',
  ],
  invalid: [
    { code: 'FROM alpine\nUSER foobar\n', errors: [{ message: msg, line: 2, column: 6, endColumn: 12 }] },
    { code: 'FROM alpine\nUSER foobar:barfoo\n', errors: [{ message: msg, line: 2, column: 6 }] },
    { code: 'FROM alpine\nUSER ${UNDECLARED}\n', errors: [{ message: msg, line: 2, column: 6 }] },
  ],
});
