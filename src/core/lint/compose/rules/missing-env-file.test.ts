import { missingEnvFile } from './missing-env-file';
import { ruleTester } from '../tester';

ruleTester(missingEnvFile, {
  valid: [
    { code: 'services:\n  a:\n    image: a:1\n    env_file: [app.env]\n', files: { 'app.env': 'A=1\n' } },
    'services:\n  a:\n    image: a:1\n    env_file:\n      - path: opt.env\n        required: false\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    env_file: ./app.env\n',
      errors: [{ message: 'env_file `./app.env` does not exist', line: 4, column: 15, endLine: 4, endColumn: 24 }],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    env_file:\n      - path: secrets.env\n',
      errors: [{ message: 'env_file `secrets.env` does not exist', line: 5, column: 15, endLine: 5, endColumn: 26 }],
    },
  ],
});
