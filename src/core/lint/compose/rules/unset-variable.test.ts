import { unsetVariable } from './unset-variable';
import { ruleTester } from '../tester';

ruleTester(unsetVariable, {
  valid: [
    'services:\n  a:\n    image: "a:${TAG:-1}"\n    command: echo $$HOME ${X:+y} ${Y-z}\n',
    { code: 'services:\n  a:\n    image: "a:${TAG}"\n', env: { TAG: '1' } },
    { code: 'services:\n  a:\n    image: "a:${TAG}"\n', files: { '.env': '# tags\nTAG=1\n' } },
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: "a:${TAG}"\n',
      message: '`TAG` is not set',
      line: 3,
      column: 15,
      endColumn: 21,
    },
    {
      code: 'services:\n  a:\n    environment:\n      - URL=http://$HOST:80\n',
      message: '`HOST` is not set',
      line: 4,
      column: 20,
      endColumn: 25,
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    command: ["sh", "-c", "echo ${MSG:-${GREETING}}"]\n',
      message: '`GREETING` is not set',
      line: 4,
      column: 40,
    },
  ],
});
