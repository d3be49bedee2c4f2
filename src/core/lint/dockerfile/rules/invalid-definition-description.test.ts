import { testRule } from '../tester';
import rule from './invalid-definition-description';

// cases from BuildKit's lint tests (testDefinitionDescription); the check is experimental, so each case asks for it
const X = '# check=experimental=InvalidDefinitionDescription\n';
testRule(rule, {
  valid: [
    // off unless asked for
    '# bar this is the bar\nARG foo=bar\n',
    `${X}# foo this is the foo\nARG foo=bar\n\n# base this is the base image\nFROM scratch AS base\n`,
    `${X}# version this is the version number\nARG version=latest\n`,
    `${X}# baz this is the baz\nARG foo=baz bar=qux baz=quux\n`,
    `${X}# a comment, then an empty one\n#\nARG bit=bat\nFROM scratch\n`,
    `${X}FROM scratch\n# comment for something other than ARG or FROM\nCOPY Dockerfile .\n`,
    // experimental checks run even under skip=all, as BuildKit does
    `# check=skip=all;experimental=InvalidDefinitionDescription\n# foo this is the foo\nARG foo=bar\n`,
  ],
  invalid: [
    {
      code: `${X}# bar this is the bar\nARG foo=bar\n`,
      errors: [{ message: 'Comment for ARG should follow the format: `# foo <description>`', line: 3, column: 5 }],
    },
    {
      code: `${X}# BasE this is the BasE image\nFROM scratch AS base\n`,
      errors: [{ message: 'Comment for FROM should follow the format: `# base <description>`', line: 3, column: 17 }],
    },
    {
      code: `${X}FROM scratch\n# definitely a bad comment\nARG foo=baz bar=qux baz=quux\n`,
      errors: [
        { message: 'Comment for ARG should follow the format: `# <arg_key> <description>`', line: 4, column: 5 },
      ],
    },
    {
      code: `# check=skip=all;experimental=all\n# the version\n\nARG VERSION=1\n`,
      errors: [{ message: 'Comment for ARG should follow the format: `# VERSION <description>`', line: 4, column: 5 }],
    },
  ],
});
