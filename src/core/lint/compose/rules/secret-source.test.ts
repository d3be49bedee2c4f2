import { secretSource } from './secret-source';
import { ruleTester } from '../tester';

ruleTester(secretSource, {
  valid: [
    'secrets:\n  a:\n    file: ./a\n  b:\n    environment: B\n  c:\n    external: true\n',
    // compose-go tests/template_driver_test.go TestSecretDriver
    'secrets:\n  secret:\n    name: secret\n    driver: secret-bucket\n    driver_opts:\n      OptionA: a\n',
  ],
  invalid: [
    {
      code: 'secrets:\n  token:\n    name: tok\n',
      message: 'secret `token` needs `file` or `environment`',
      line: 2,
      column: 3,
    },
    {
      code: 'secrets:\n  token:\n    file: ./t\n    environment: T\n',
      message: 'sets `file` and `environment`',
      line: 4,
      column: 5,
    },
  ],
});
