import { obsoleteVersion } from './obsolete-version';
import { ruleTester } from '../tester';

ruleTester(obsoleteVersion, {
  valid: ['services:\n  a:\n    image: a:1\n'],
  invalid: [
    {
      code: 'version: "3.8"\nservices:\n  a:\n    image: a:1\n',
      message: '`version` is obsolete',
      line: 1,
      column: 1,
      endColumn: 8,
      output: 'services:\n  a:\n    image: a:1\n',
    },
    {
      code: "services:\n  a:\n    image: a:1\nversion: '2'\n",
      message: '`version` is obsolete',
      line: 4,
      column: 1,
      output: 'services:\n  a:\n    image: a:1\n',
    },
  ],
});
