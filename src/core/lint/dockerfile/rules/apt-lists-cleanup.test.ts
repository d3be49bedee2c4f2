import { testRule } from '../tester';
import rule from './apt-lists-cleanup';

const msg = 'Delete the apt-get lists after installing something';
const rm = ' && rm -rf /var/lib/apt/lists/*';
testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    'FROM debian\nRUN apt-get update && apt-get install -y curl && apt-get dist-clean\n',
    'FROM debian AS build\nRUN apt-get update && apt-get install -y curl\nFROM scratch\nCOPY --from=build /x /x\n',
    'FROM debian\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    'FROM debian AS build\nRUN apt-get update && apt-get install -y gcc\nFROM debian\nCOPY --from=build /x /x\n',
    'FROM debian\nRUN --mount=type=cache,target=/var/lib/apt/lists apt-get update\n',
    // hadolint only looks at RUNs with `apt-get update`: an install without it downloads no lists
    'FROM debian\nRUN apt-get install -y curl\n',
    'FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n',
    'FROM debian\nRUN echo apt-get update\n',
  ],
  invalid: [
    {
      code: 'FROM debian\nRUN apt update && apt install -y curl\n',
      errors: [{ message: rule.messages.missing(), line: 2, column: 5 }],
      output: 'FROM debian\nRUN apt update && apt install -y curl && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      code: 'FROM debian AS build\nRUN apt-get update && apt-get install -y curl\nFROM build\nRUN true\n',
      errors: [{ message: rule.messages.missing(), line: 2, column: 5 }],
      output:
        'FROM debian AS build\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nFROM build\nRUN true\n',
    },
    {
      code: 'FROM debian\nRUN apt-get update && apt-get install -y curl\n',
      errors: [{ message: msg, line: 2, column: 5, endColumn: 12 }],
      output: `FROM debian\nRUN apt-get update && apt-get install -y curl${rm}\n`,
    },
    {
      code: 'FROM debian\nRUN apt-get update && \\\n    apt-get install -y curl\n',
      errors: [{ message: msg, line: 2, column: 5, endColumn: 12 }],
      output: `FROM debian\nRUN apt-get update && \\\n    apt-get install -y curl${rm}\n`,
    },
    {
      code: 'FROM debian\nRUN if [ -x /usr/bin/apt-get ]; then apt-get update; fi\n',
      errors: [{ message: msg, line: 2, column: 38 }],
      output: `FROM debian\nRUN if [ -x /usr/bin/apt-get ]; then apt-get update; fi${rm}\n`,
    },
    {
      code: '# escape=`\nFROM debian\nRUN apt-get update && `\n    apt-get install -y curl\n',
      errors: [{ message: msg, line: 3, column: 5 }],
      output: `# escape=\`\nFROM debian\nRUN apt-get update && \`\n    apt-get install -y curl${rm}\n`,
    },
    // no certain fix: heredoc, exec form, a trailing operator or shell comment
    {
      code: 'FROM debian\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nEOF\n',
      errors: [{ message: msg, line: 4, column: 1 }],
    },
    // on the nested command's name inside the JSON string
    {
      code: 'FROM debian\nRUN ["sh", "-c", "apt-get update"]\n',
      errors: [{ message: msg, line: 2, column: 19, endColumn: 26 }],
    },
    { code: 'FROM debian\nRUN apt-get update;\n', errors: [{ message: msg, line: 2, column: 5 }] },
    { code: 'FROM debian\nRUN apt-get update # refresh\n', errors: [{ message: msg, line: 2, column: 5 }] },
    {
      code: 'FROM debian\nONBUILD RUN apt-get update\n',
      errors: [{ message: msg, line: 2, column: 13 }],
      output: `FROM debian\nONBUILD RUN apt-get update${rm}\n`,
    },
  ],
});
