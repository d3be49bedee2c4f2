import { testRule } from '../tester';
import rule from './apt-lists-cleanup';

const msg = 'Delete the apt-get lists after installing something';
testRule(rule, {
  valid: [
    'FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    'FROM debian AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian\nCOPY --from=build /x /x\n',
    'FROM debian\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update\n',
  ],
  invalid: [{ code: 'FROM debian\nRUN apt-get update && apt-get install -y curl\n', errors: [{ message: msg, line: 2, column: 5, endColumn: 12 }] }],
});
