import { testRule } from '../tester';
import rule from './apt-get-yes';

const msg = 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`';
testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    'FROM debian\nRUN apt-get install -q -q curl=7\n',
    'FROM debian\nRUN apt-get install --quiet --quiet curl=7\n',
    'FROM debian\nRUN apt-get install -q=2 curl=7\n',
    'FROM debian\nRUN apt-get install -s curl=7\n',
    'FROM debian\nRUN apt-get install -y curl\n',
    'FROM debian\nRUN apt-get -qq install curl\n',
    'FROM debian\nRUN apt-get install --yes curl && apt-get -yq upgrade\n',
    'FROM debian\nRUN apt-get update\n',
    'FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n',
    'FROM debian\nSHELL ["pwsh", "-c"]\nRUN apt-get install curl\n',
  ],
  invalid: [
    {
      code: 'FROM debian\nRUN apt-get install -q curl=7\n',
      errors: [{ message: rule.messages.missing(), line: 2, column: 5 }],
      output: 'FROM debian\nRUN apt-get install -y -q curl=7\n',
    },
    {
      code: 'FROM debian\nRUN apt-get update && apt-get install curl\n',
      errors: [{ message: msg, line: 2, column: 23, endColumn: 30 }],
      output: 'FROM debian\nRUN apt-get update && apt-get install -y curl\n',
    },
    {
      code: 'FROM debian\nRUN sh -c "apt-get install curl"\n',
      errors: [{ message: msg, line: 2, column: 12, endColumn: 19 }],
      output: 'FROM debian\nRUN sh -c "apt-get install -y curl"\n',
    },
    // a substitution before an sh -c script: each nested command is matched to its own word, in the order of the text
    {
      code: 'FROM debian\nRUN x=$(apt-get install -y foo) && sh -c "apt-get install bar"\n',
      errors: [{ message: msg, line: 2, column: 43, endColumn: 50 }],
      output: 'FROM debian\nRUN x=$(apt-get install -y foo) && sh -c "apt-get install -y bar"\n',
    },
    {
      code: 'FROM debian\nRUN sh -c "echo $(apt-get install -y foo); apt-get install bar"\n',
      errors: [{ message: msg, line: 2, column: 44, endColumn: 51 }],
      output: 'FROM debian\nRUN sh -c "echo $(apt-get install -y foo); apt-get install -y bar"\n',
    },
    // a substitution after an sh -c script stays after it, one before the shell's name stays before it
    {
      code: 'FROM debian\nRUN sh -c "x $(apt-get install -y a)" && sh -c "apt-get install b" && echo $(apt-get install -y c)\n',
      errors: [{ message: msg, line: 2, column: 49, endColumn: 56 }],
      output:
        'FROM debian\nRUN sh -c "x $(apt-get install -y a)" && sh -c "apt-get install -y b" && echo $(apt-get install -y c)\n',
    },
    {
      code: 'FROM debian\nRUN A=$(apt-get install b) sh -c "echo $(apt-get install -y a)"\n',
      errors: [{ message: msg, line: 2, column: 9, endColumn: 16 }],
      output: 'FROM debian\nRUN A=$(apt-get install -y b) sh -c "echo $(apt-get install -y a)"\n',
    },
    {
      code: 'FROM debian\nRUN sh -c "apt-get install -y bar" && echo "$(apt-get install foo)" "$(apt-get install -y baz)"\n',
      errors: [{ message: msg, line: 2, column: 47, endColumn: 54 }],
      output:
        'FROM debian\nRUN sh -c "apt-get install -y bar" && echo "$(apt-get install -y foo)" "$(apt-get install -y baz)"\n',
    },
    // an exec form's own words are JSON strings: reported on the name's string, no fix
    {
      code: 'FROM debian\nRUN ["apt-get", "install", "curl"]\n',
      errors: [{ message: msg, line: 2, column: 6, endColumn: 15 }],
    },
    // nested fixes land inside the script: across a continuation, inside an exec form's JSON string
    {
      code: "FROM debian\nRUN sh -c 'apt-get update && \\\n    apt-get install curl'\n",
      errors: [{ message: msg, line: 3, column: 5, endColumn: 12 }],
      output: "FROM debian\nRUN sh -c 'apt-get update && \\\n    apt-get install -y curl'\n",
    },
    {
      code: 'FROM debian\nRUN ["sh", "-c", "apt-get install curl"]\n',
      errors: [{ message: msg, line: 2, column: 19, endColumn: 26 }],
      output: 'FROM debian\nRUN ["sh", "-c", "apt-get install -y curl"]\n',
    },
    {
      code: 'FROM debian\nRUN <<EOF\napt-get update\napt-get install curl\nEOF\n',
      errors: [{ message: msg, line: 4, column: 1 }],
      output: 'FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n',
      variants: false,
    },
    {
      code: 'FROM debian\nRUN if [ ! -x /usr/bin/git ]; then apt-get install git; fi\n',
      errors: [{ message: msg, line: 2, column: 36 }],
      output: 'FROM debian\nRUN if [ ! -x /usr/bin/git ]; then apt-get install -y git; fi\n',
    },
    {
      code: '# escape=`\nFROM debian\nRUN apt-get update && `\n    apt-get install curl\n',
      errors: [{ message: msg, line: 4, column: 5 }],
      output: '# escape=`\nFROM debian\nRUN apt-get update && `\n    apt-get install -y curl\n',
    },
    {
      code: 'FROM debian\nONBUILD RUN apt-get \\\n  install git\n',
      errors: [{ message: msg, line: 2, column: 13 }],
      output: 'FROM debian\nONBUILD RUN apt-get \\\n  install -y git\n',
    },
  ],
});
