import { testRule } from '../tester';
import rule from './consecutive-run';

const msg = 'Multiple consecutive `RUN` instructions. Consider consolidation.';
testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    'FROM alpine\nRUN foo && bar\nRUN foobar\n',
    'FROM alpine\nRUN foobar\nRUN foo; bar\n',
    'FROM alpine\nRUN a\nCOPY x y\nRUN b\n',
    'FROM alpine\nRUN --mount=type=cache,target=/x a\nRUN b\n',
    'FROM alpine\nRUN a\n# comment\nENV X=1\nRUN b\n',
  ],
  invalid: [{ code: 'FROM alpine\nRUN a\n# comment\nRUN b\n', errors: [{ message: msg, line: 4, column: 1 }] }],
});
