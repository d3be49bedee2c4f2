import { testRule } from '../tester';
import rule from './apt-no-install-recommends';

const msg = 'Avoid additional packages by specifying `--no-install-recommends`';
testRule(rule, {
  valid: ['FROM debian\nRUN apt-get install -y --no-install-recommends curl\n', 'FROM debian\nRUN apt-get -o APT::Install-Recommends=false install -y curl\n'],
  invalid: [{ code: 'FROM debian\nRUN apt-get install -y curl\n', errors: [{ message: msg, line: 2, column: 5, endColumn: 12 }], output: 'FROM debian\nRUN apt-get install --no-install-recommends -y curl\n' }],
});
