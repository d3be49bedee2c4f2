import { testRule } from '../tester';
import rule from './inline-ignore-pragma';

const on = { settings: { rules: { DL1001: 'info' as const } } };
testRule(rule, {
  valid: [
    'FROM alpine\n# hadolint ignore=DL3018\nRUN apk add curl\n',
    { code: 'FROM alpine\n# a comment\n', ...on },
    { code: '# hadolint shell=powershell\nFROM alpine\n', ...on },
  ],
  invalid: [
    // on the first line it reads like a parser directive to dockerfile-ast: still a pragma (hadolint's DL1001Spec)
    {
      code: '# hadolint ignore=DL3003\nFROM alpine\n',
      ...on,
      errors: [
        {
          message: 'Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.',
          line: 1,
          column: 1,
          endColumn: 25,
        },
      ],
    },
    {
      code: 'FROM alpine\n# hadolint ignore=DL3018\nRUN apk add curl\n',
      ...on,
      errors: [
        { message: 'Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.', line: 2, column: 1 },
      ],
    },
  ],
});
