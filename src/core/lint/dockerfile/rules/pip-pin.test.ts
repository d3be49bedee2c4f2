import { testRule } from '../tester';
import rule from './pip-pin';

const msg =
  'Pin versions in pip. Instead of `pip install <package>` use `pip install <package>==<version>` or `pip install --requirement <requirements file>`';
testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    'FROM python\nRUN pip install --root-user-action ignore poetry==1.8.5\n',
    'FROM python\nRUN pip install pykafka -c constraints.txt\n',
    'FROM python\nRUN pip install git+https://github.com/rtfd/read-ext.git@v1.0#egg=read-ext\n',
    'FROM python:3.12\nRUN pip install flask==3.0.2 "requests>=2"\n',
    'FROM python:3.12\nRUN pip install -r requirements.txt\n',
    'FROM python:3.12\nRUN pip install . && pip install ./dist/x.whl\n',
  ],
  invalid: [
    {
      code: 'FROM python\nRUN pip install git+https://github.com/rtfd/read-ext.git#egg=read-ext\n',
      errors: [{ message: rule.messages.unpinned(), line: 2, column: 5 }],
    },
    {
      code: 'FROM python\nRUN pipx install black\n',
      errors: [{ message: rule.messages.unpinned(), line: 2, column: 5 }],
    },
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
