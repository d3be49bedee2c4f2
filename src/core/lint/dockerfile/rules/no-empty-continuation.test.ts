import { testRule } from '../tester';
import rule from './no-empty-continuation';

testRule(rule, {
  valid: [
    'FROM alpine\nRUN apk add \\\n    curl\n',
    'FROM alpine\nRUN apk add \\\n# comment\n    curl\n',
    'FROM alpine\n\nRUN true\n',
  ],
  invalid: [
    {
      code: 'FROM alpine\nRUN apk add \\\n\n    curl\n',
      errors: [{ message: 'Empty continuation line', line: 3, column: 1 }],
      output: 'FROM alpine\nRUN apk add \\\n    curl\n',
      variants: false,
    },
    {
      code: '# escape=`\nFROM alpine\nRUN apk add `\n\n    curl\n',
      errors: [{ message: 'Empty continuation line', line: 4, column: 1 }],
      output: '# escape=`\nFROM alpine\nRUN apk add `\n    curl\n',
      variants: false,
    },
  ],
});
