import { testRule } from '../tester';
import rule from './apt-get-yes';

const msg = 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`';
testRule(rule, {
  valid: ['FROM debian\nRUN apt-get install -y curl\n', 'FROM debian\nRUN apt-get -qq install curl\n', 'FROM debian\nRUN apt-get install --yes curl && apt-get -yq upgrade\n', 'FROM debian\nRUN apt-get update\n'],
  invalid: [
    { code: 'FROM debian\nRUN apt-get update && apt-get install curl\n', errors: [{ message: msg, line: 2, column: 23, endColumn: 30 }], output: 'FROM debian\nRUN apt-get update && apt-get install -y curl\n' },
    { code: 'FROM debian\nRUN sh -c "apt-get install curl"\n', errors: [{ message: msg, line: 2, column: 5 }] },
    { code: 'FROM debian\nONBUILD RUN apt-get \\\n  install git\n', errors: [{ message: msg, line: 2, column: 13 }], output: 'FROM debian\nONBUILD RUN apt-get \\\n  install -y git\n' },
  ],
});
