import { testRule } from '../tester';
import rule from './no-sudo';

testRule(rule, {
  valid: ['FROM alpine\nRUN apk add sudo\n', 'FROM alpine\nUSER root\nRUN make\n'],
  invalid: [
    { code: 'FROM debian\nRUN apt-get update && \\\n    sudo make install\n', errors: [{ message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root', line: 3, column: 5, endColumn: 9 }] },
    { code: 'FROM debian\nONBUILD RUN sudo x\n', errors: [{ message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root', line: 2, column: 13 }] },
  ],
});
