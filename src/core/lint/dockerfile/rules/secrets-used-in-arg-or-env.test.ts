import { testRule } from '../tester';
import rule from './secrets-used-in-arg-or-env';

testRule(rule, {
  valid: [
    // hadolint / BuildKit behaviour
    'FROM python\nENV GPG_KEY A035C8C19219BA821ECEA86B64E628F8D684696D\nENV RABBITMQ_PGP_KEY_ID=0x0A9AF2115F4687BD29803A206B73A36E6026DFCA\n',
    'FROM python\nARG SECRET_PASSPHRASE_FILE\nARG AUTH_MODULE_VERSION\nENV PUBLIC_KEY=\n',
    'FROM alpine\nARG VERSION\nENV TOKENIZER=x\n',
    'FROM alpine\nENV PUBLIC_KEY=abc\n',
    'ARG KEYBOARD=us\nFROM alpine\n',
  ],
  invalid: [
    {
      code: 'ARG NPM_TOKEN\nFROM alpine\n',
      errors: [
        {
          message: 'Do not use ARG or ENV instructions for sensitive data (ARG "NPM_TOKEN")',
          line: 1,
          column: 5,
          endColumn: 14,
        },
      ],
    },
    {
      code: 'FROM alpine\nENV A=1 DB_PASSWORD=x\n',
      errors: [
        { message: 'Do not use ARG or ENV instructions for sensitive data (ENV "DB_PASSWORD")', line: 2, column: 9 },
      ],
    },
  ],
});
