import { containerNameInUse } from './container-name-in-use';
import { ruleTester } from '../tester';

const facts = {
  containerNamed: async (n: string) =>
    n === 'taken' ? { id: 'x' } : n === 'mine' ? { id: 'y', project: 'project' } : null,
};
ruleTester(containerNameInUse, {
  valid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    container_name: mine\n  b:\n    image: a:1\n    container_name: free\n',
      facts,
    },
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    container_name: taken\n',
      facts,
      errors: [
        {
          message: 'a container named `taken` already exists outside compose; `up` will fail with a name conflict',
          line: 4,
          column: 21,
          endLine: 4,
          endColumn: 26,
        },
      ],
    },
  ],
});
