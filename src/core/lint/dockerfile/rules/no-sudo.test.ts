import { testRule } from '../tester';
import rule from './no-sudo';

const msg = 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root';
testRule(rule, {
  valid: [
    'FROM alpine\nRUN apk add sudo\n',
    'FROM alpine\nUSER root\nRUN make\n',
    'FROM alpine\nRUN echo sudo && grep -q sudo /etc/group # sudo x\n',
    'FROM alpine\nRUN <<EOF\ncat > /etc/motd <<TXT\nsudo is not here\nTXT\nEOF\n',
    'FROM mcr.microsoft.com/powershell\nSHELL ["pwsh", "-c"]\nRUN sudo x\n',
  ],
  invalid: [
    {
      code: 'FROM debian\nRUN apt-get update && \\\n    sudo make install\n',
      errors: [
        {
          message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
          line: 3,
          column: 5,
          endColumn: 9,
        },
      ],
    },
    {
      code: 'FROM debian\nONBUILD RUN sudo x\n',
      errors: [
        {
          message: 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
          line: 2,
          column: 13,
        },
      ],
    },
    // heredoc with a multi-line body: each line is a command
    { code: 'FROM debian\nRUN <<EOF\napt-get update\nsudo ls\nEOF\n', errors: [{ message: msg, line: 4, column: 1 }] },
    {
      code: 'FROM debian\nRUN <<EOF bash\nset -e\nif true; then\n  sudo ls\nfi\nEOF\n',
      errors: [{ message: msg, line: 5, column: 3 }],
    },
    // after reserved words, in subshells and substitutions
    {
      code: 'FROM debian\nRUN if true; then sudo a; else sudo b; fi\n',
      errors: [
        { message: msg, line: 2, column: 19 },
        { message: msg, line: 2, column: 32 },
      ],
    },
    { code: 'FROM debian\nRUN for f in a b; do sudo rm $f; done\n', errors: [{ message: msg, line: 2, column: 22 }] },
    {
      code: 'FROM debian\nRUN ! sudo a || { sudo b; } || (sudo c)\n',
      errors: [
        { message: msg, line: 2, column: 7 },
        { message: msg, line: 2, column: 19 },
        { message: msg, line: 2, column: 33, endColumn: 37 },
      ],
    },
    {
      code: 'FROM debian\nRUN echo "$(sudo ls)" `sudo id`\n',
      errors: [
        { message: msg, line: 2, column: 13, endColumn: 17 },
        { message: msg, line: 2, column: 24, endColumn: 28 },
      ],
    },
    // the command after an install of the same name is found on its own word, not the package's
    {
      code: 'FROM debian\nRUN apt-get install -y sudo && sudo make\n',
      errors: [{ message: msg, line: 2, column: 32, endColumn: 36 }],
    },
    // the same name at top level and nested: each finding on its own word; an argument that only looks like it is skipped
    {
      code: 'FROM debian\nRUN echo sudo && sudo a && sh -c "echo \\"sudo\\"; sudo b" && x=$(sudo c)\n',
      errors: [
        { message: msg, line: 2, column: 18, endColumn: 22 },
        { message: msg, line: 2, column: 50, endColumn: 54 },
        { message: msg, line: 2, column: 65, endColumn: 69 },
      ],
    },
    // nested commands land on their own word: through quotes, escapes, continuations (and CRLF, in every variant)
    { code: "FROM debian\nRUN sh -c 'sudo a'\n", errors: [{ message: msg, line: 2, column: 12, endColumn: 16 }] },
    {
      code: 'FROM debian\nRUN bash -c "echo \\"x y\\" && sudo a"\n',
      errors: [{ message: msg, line: 2, column: 30, endColumn: 34 }],
    },
    {
      code: "FROM debian\nRUN sh -c 'apt-get update && \\\n    sudo make'\n",
      errors: [{ message: msg, line: 3, column: 5, endColumn: 9 }],
    },
    {
      code: 'FROM debian\nRUN x=$(echo a \\\n  && sudo id) && echo "$x"\n',
      errors: [{ message: msg, line: 3, column: 6, endColumn: 10 }],
    },
    {
      code: 'FROM debian\nRUN echo `echo \\`sudo x\\``\n',
      errors: [{ message: msg, line: 2, column: 18, endColumn: 22 }],
    },
    {
      code: 'FROM debian\nRUN ["sh", "-c", "echo \\"a\\" && sudo b"]\n',
      errors: [{ message: msg, line: 2, column: 33, endColumn: 37 }],
    },
    {
      code: 'FROM debian\nRUN sh -c "bash -c \'echo sudo; sudo x\'"\n',
      errors: [{ message: msg, line: 2, column: 32, endColumn: 36 }],
    },
    {
      code: 'FROM debian\nRUN sh -c "echo \'sudo\'; sudo a"\n',
      errors: [{ message: msg, line: 2, column: 25, endColumn: 29 }],
    },
    {
      code: "# escape=`\nFROM debian\nRUN sh -c 'apt-get update && `\n    sudo make'\n",
      errors: [{ message: msg, line: 4, column: 5, endColumn: 9 }],
    },
    // text that only looks like a nested command (quoted, in a single-quoted `$(`) is not one
    {
      code: 'FROM debian\nRUN sh -c "echo \'; sudo\' && sudo a"\n',
      errors: [{ message: msg, line: 2, column: 29, endColumn: 33 }],
    },
    {
      code: "FROM debian\nRUN echo '$(sudo x)' && y=$(sudo z)\n",
      errors: [{ message: msg, line: 2, column: 29, endColumn: 33 }],
    },
    // escape directive
    {
      code: '# escape=`\nFROM debian\nRUN apt-get update && `\n    sudo make install\n',
      errors: [{ message: msg, line: 4, column: 5, endColumn: 9 }],
    },
  ],
});
