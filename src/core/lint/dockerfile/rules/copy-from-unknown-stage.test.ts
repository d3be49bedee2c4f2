import { testRule } from '../tester';
import rule from './copy-from-unknown-stage';

testRule(rule, {
  valid: [
    'FROM alpine AS build\nFROM alpine\nCOPY --from=build /a /a\n',
    'FROM alpine\nFROM alpine\nCOPY --from=0 /a /a\n',
    'FROM alpine\nCOPY --from=nginx:1.25 /etc/nginx /n\n',
    'FROM alpine AS Build\nFROM alpine\nCOPY --from=build /a /a\n',
  ],
  invalid: [
    {
      code: 'FROM alpine AS build\nFROM alpine\nCOPY --from=biuld /a /a\n',
      errors: [
        {
          message: "`COPY --from` should reference a previously defined `FROM` alias ('biuld' is not a stage)",
          line: 3,
          column: 13,
          endColumn: 18,
        },
      ],
    },
    {
      code: 'FROM alpine\nCOPY --from=later /a /a\nFROM alpine AS later\n',
      errors: [
        {
          message: "`COPY --from` should reference a previously defined `FROM` alias ('later' is not a stage)",
          line: 2,
          column: 13,
        },
      ],
    },
  ],
});
