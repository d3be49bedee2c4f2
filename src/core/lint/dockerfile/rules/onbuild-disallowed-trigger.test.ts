import { testRule } from '../tester';
import rule from './onbuild-disallowed-trigger';

const msg = '`ONBUILD`, `FROM` or `MAINTAINER` triggered from within `ONBUILD` instruction.';
testRule(rule, {
  valid: ['FROM alpine\nONBUILD RUN echo hi\nONBUILD COPY . /app\n'],
  invalid: [
    { code: 'FROM alpine\nONBUILD FROM debian\n', errors: [{ message: msg, line: 2, column: 9, endColumn: 13 }] },
    { code: 'FROM alpine\nONBUILD onbuild RUN x\n', errors: [{ message: msg, line: 2, column: 9 }] },
  ],
});
