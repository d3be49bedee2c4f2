import { testRule } from '../tester';
import rule from './consistent-instruction-casing';

testRule(rule, {
  valid: ['FROM alpine\nRUN true\n', 'from alpine\nrun true\n', 'FROM alpine\nONBUILD RUN true\n'],
  invalid: [
    {
      code: 'FROM alpine\nrun true\nCMD x\n',
      errors: [
        {
          message: "Command 'run' should match the case of the command majority (uppercase)",
          line: 2,
          column: 1,
          endColumn: 4,
        },
      ],
      output: 'FROM alpine\nRUN true\nCMD x\n',
    },
    {
      code: 'from alpine\nrun true\nCmd x\n',
      errors: [
        { message: "Command 'Cmd' should match the case of the command majority (lowercase)", line: 3, column: 1 },
      ],
      output: 'from alpine\nrun true\ncmd x\n',
    },
  ],
});
