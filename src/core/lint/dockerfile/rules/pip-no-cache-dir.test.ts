import { testRule } from '../tester';
import rule from './pip-no-cache-dir';

const msg = 'Avoid use of cache directory with pip. Use `pip install --no-cache-dir <package>`';
testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    'FROM python\nRUN PIP_NO_CACHE_DIR=1 pip install six==1\n',
    'FROM python\nRUN export PIP_NO_CACHE_DIR=on && pip install six==1\n',
    'FROM python AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install six==1\n',
    'FROM python\nRUN --mount=type=tmpfs,target=/root/.cache/pip pip install six==1\n',
    'FROM python:3.12\nRUN pip install --no-cache-dir flask==3\n',
    'FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask==3\n',
    'FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask==3\n',
  ],
  invalid: [
    {
      code: 'FROM python\nENV PIP_NO_CACHE_DIR=off\nRUN pip install six==1\n',
      errors: [{ message: rule.messages.missing(), line: 3, column: 5 }],
      output: 'FROM python\nENV PIP_NO_CACHE_DIR=off\nRUN pip install --no-cache-dir six==1\n',
    },
    {
      code: 'FROM python AS base\nENV PIP_NO_CACHE_DIR=1\nFROM python\nRUN pip install six==1\n',
      errors: [{ message: rule.messages.missing(), line: 4, column: 5 }],
      output: 'FROM python AS base\nENV PIP_NO_CACHE_DIR=1\nFROM python\nRUN pip install --no-cache-dir six==1\n',
    },
    {
      code: 'FROM python:3.12\nRUN pip3 install flask==3\n',
      errors: [{ message: msg, line: 2, column: 5, endColumn: 9 }],
      output: 'FROM python:3.12\nRUN pip3 install --no-cache-dir flask==3\n',
    },
  ],
});
