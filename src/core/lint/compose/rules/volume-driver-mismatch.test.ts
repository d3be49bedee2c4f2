import { volumeDriverMismatch } from './volume-driver-mismatch';
import { ruleTester } from '../tester';

const facts = {
  volume: async (n: string) =>
    n === 'project_data' ? { driver: 'nfs' } : n === 'project_ok' ? { driver: 'local' } : null,
};
ruleTester(volumeDriverMismatch, {
  valid: [{ code: 'volumes:\n  ok:\n  fresh:\n    driver: local\n', facts }],
  invalid: [
    {
      code: 'volumes:\n  data:\n    driver: local\n',
      facts,
      errors: [
        {
          message:
            'volume `project_data` exists on the engine with driver `nfs`, not `local`; remove it or change the driver',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 11,
        },
      ],
    },
  ],
});
