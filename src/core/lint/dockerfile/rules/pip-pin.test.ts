import { testRule } from '../tester';
import rule from './pip-pin';

const msg =
  'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`';
testRule(rule, {
  valid: [
    'FROM python:3.12\nRUN pip install flask==3.0.2 "requests>=2"\n',
    'FROM python:3.12\nRUN pip install -r requirements.txt\n',
    'FROM python:3.12\nRUN pip install . && pip install ./dist/x.whl\n',
  ],
  invalid: [
    {
      code: 'FROM python:3.12\nRUN pip install --no-cache-dir flask\n',
      errors: [{ message: msg, line: 2, column: 5, endColumn: 8 }],
    },
    {
      code: 'FROM python:3.12\nRUN python3 -m pip install -i https://x/simple flask\n',
      errors: [{ message: msg, line: 2, column: 5 }],
    },
  ],
});
