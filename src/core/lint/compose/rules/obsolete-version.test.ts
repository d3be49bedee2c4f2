import { obsoleteVersion } from './obsolete-version';
import { ruleTester } from '../tester';

ruleTester(obsoleteVersion, {
  valid: ['services:\n  a:\n    image: a:1\n'],
  invalid: [
    {
      code: 'version: "3.8"\nservices:\n  a:\n    image: a:1\n',
      errors: [
        {
          message: '`version` is obsolete and ignored by compose; remove it',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 8,
        },
      ],
      output: 'services:\n  a:\n    image: a:1\n',
    },
    {
      code: "services:\n  a:\n    image: a:1\nversion: '2'\n",
      errors: [
        {
          message: '`version` is obsolete and ignored by compose; remove it',
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 8,
        },
      ],
      output: 'services:\n  a:\n    image: a:1\n',
    },
  ],
});
