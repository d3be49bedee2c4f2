import { testRule } from '../tester';
import rule from './pip-no-cache-dir';

const msg = 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`';
testRule(rule, {
  valid: [
    'FROM python:3.12\nRUN pip install --no-cache-dir flask==3\n',
    'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3\n',
    'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3\n',
  ],
  invalid: [
    {
      code: 'FROM python:3.12\nRUN pip3 install flask==3\n',
      errors: [{ message: msg, line: 2, column: 5, endColumn: 9 }],
      output: 'FROM python:3.12\nRUN pip3 install --no-cache-dir flask==3\n',
    },
  ],
});
