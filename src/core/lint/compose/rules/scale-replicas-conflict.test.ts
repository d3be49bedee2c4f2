import { scaleReplicasConflict } from './scale-replicas-conflict';
import { ruleTester } from '../tester';

ruleTester(scaleReplicasConflict, {
  valid: ['services:\n  a:\n    image: a:1\n    scale: 2\n    deploy:\n      replicas: 2\n'],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    scale: 2\n    deploy:\n      replicas: 3\n',
      errors: [
        {
          message: '`scale: 2` contradicts `deploy.replicas: 3`; keep `deploy.replicas`',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 10,
        },
      ],
    },
  ],
});
