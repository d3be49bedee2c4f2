import { scaleReplicasConflict } from './scale-replicas-conflict';
import { ruleTester } from '../tester';

ruleTester(scaleReplicasConflict, {
  valid: [
    'services:\n  a:\n    image: a:1\n    scale: 2\n    deploy:\n      replicas: 2\n',
    // merged with its base: the override sets both anew, in agreement
    {
      code: 'services:\n  a:\n    scale: 3\n    deploy:\n      replicas: 3\n',
      fileName: 'compose.override.yaml',
      files: { 'compose.yaml': 'services:\n  a:\n    image: a:1\n    scale: 2\n    deploy:\n      replicas: 2\n' },
    },
    // the override replaces the base's count: no conflict left
    {
      code: 'services:\n  a:\n    deploy:\n      replicas: 2\n',
      fileName: 'compose.override.yaml',
      files: { 'compose.yaml': 'services:\n  a:\n    image: a:1\n    deploy:\n      replicas: 2\n' },
    },
  ],
  invalid: [
    // merged with its base, as compose-go checks the loaded project: `scale` here, `deploy.replicas` there
    {
      code: 'services:\n  a:\n    scale: 3\n',
      fileName: 'compose.override.yaml',
      files: { 'compose.yaml': 'services:\n  a:\n    image: a:1\n    deploy:\n      replicas: 2\n' },
      errors: [
        {
          message: '`scale: 3` contradicts `deploy.replicas: 2`; keep `deploy.replicas`',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 10,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    deploy:\n      replicas: 4\n',
      fileName: 'docker-compose.prod.yml',
      files: { 'docker-compose.yml': 'services:\n  a:\n    image: a:1\n    scale: 2\n' },
      errors: [{ message: '`scale: 2` contradicts `deploy.replicas: 4`; keep `deploy.replicas`', line: 4, column: 7 }],
    },
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
