import { testRule } from '../tester';
import rule from './undefined-var';

testRule(rule, {
  valid: [
    'FROM alpine\nARG VERSION=1\nCOPY app-$VERSION.tar /\n',
    'FROM node:20\nENV PATH=/app:$PATH\n',
    'FROM scratch AS a\nENV A=1\nFROM a\nLABEL x=$A\n',
    'FROM scratch\nARG X\nRUN echo $Y\nLABEL v=${Z:-default}\n',
  ],
  invalid: [
    { code: 'FROM alpine\nARG VERSION=1\nCOPY app-$VERISON.tar /\n', errors: [{ message: "Usage of undefined variable '$VERISON' (did you mean $VERSION?)", line: 3, column: 11, endColumn: 18 }] },
    { code: 'ARG G=1\nFROM scratch\nCOPY $G /\n', errors: [{ message: "Usage of undefined variable '$G'", line: 3, column: 7 }] },
  ],
});
