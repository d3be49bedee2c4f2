import { testRule } from '../tester';
import rule from './apt-no-install-recommends';

const msg = 'Avoid additional packages by specifying `--no-install-recommends`';
testRule(rule, {
  valid: [
    'FROM debian\nRUN apt-get install -y --no-install-recommends curl\n',
    'FROM debian\nRUN apt-get -o APT::Install-Recommends=false install -y curl\n',
    'FROM debian\nRUN <<EOF\napt-get update\napt-get install -y --no-install-recommends curl\nEOF\n',
  ],
  invalid: [
    {
      code: 'FROM debian\nRUN apt-get install -y curl\n',
      errors: [{ message: msg, line: 2, column: 5, endColumn: 12 }],
      output: 'FROM debian\nRUN apt-get install --no-install-recommends -y curl\n',
    },
    {
      code: 'FROM debian\nRUN apt-get update && \\\n    apt-get install -y curl\n',
      errors: [{ message: msg, line: 3, column: 5 }],
      output: 'FROM debian\nRUN apt-get update && \\\n    apt-get install --no-install-recommends -y curl\n',
    },
    {
      code: '# escape=`\nFROM debian\nRUN apt-get update && `\n    apt-get install -y curl\n',
      errors: [{ message: msg, line: 4, column: 5 }],
      output: '# escape=`\nFROM debian\nRUN apt-get update && `\n    apt-get install --no-install-recommends -y curl\n',
    },
    {
      code: 'FROM debian\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\n',
      errors: [{ message: msg, line: 4, column: 1 }],
      output: 'FROM debian\nRUN <<EOF\napt-get update\napt-get install --no-install-recommends -y curl\nEOF\n',
      variants: false,
    },
    {
      code: 'FROM debian\nONBUILD RUN apt-get install -y curl\n',
      errors: [{ message: msg, line: 2, column: 13 }],
      output: 'FROM debian\nONBUILD RUN apt-get install --no-install-recommends -y curl\n',
    },
    {
      code: 'FROM debian\nRUN if true; then apt-get install -y foo; fi\n',
      errors: [{ message: msg, line: 2, column: 19 }],
      output: 'FROM debian\nRUN if true; then apt-get install --no-install-recommends -y foo; fi\n',
    },
  ],
});
