import { resourceLimitConflict } from './resource-limit-conflict';
import { ruleTester } from '../tester';

ruleTester(resourceLimitConflict, {
  valid: [
    'services:\n  a:\n    image: a:1\n    mem_limit: 512m\n    cpus: 0.5\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n          cpus: "0.5"\n',
    // merged with its base: the override's limit replaces the base's contradicting one
    {
      code: 'services:\n  a:\n    mem_limit: 512m\n',
      fileName: 'compose.override.yaml',
      files: {
        'compose.yaml':
          'services:\n  a:\n    image: a:1\n    mem_limit: 1g\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n',
      },
    },
  ],
  invalid: [
    // merged with its base, as compose-go checks the loaded project: `mem_limit` here, the limit there
    {
      code: 'services:\n  a:\n    mem_limit: 1g\n',
      fileName: 'compose.override.yaml',
      files: {
        'compose.yaml':
          'services:\n  a:\n    image: a:1\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n',
      },
      errors: [
        {
          message: '`mem_limit: 1g` contradicts `deploy.resources.limits.memory: 512M`; set one of them',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 14,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    deploy:\n      resources:\n        limits:\n          cpus: "0.5"\n',
      fileName: 'compose.override.yaml',
      files: { 'compose.yaml': 'services:\n  a:\n    image: a:1\n    cpus: 2\n' },
      errors: [
        {
          message: '`cpus: 2` contradicts `deploy.resources.limits.cpus: 0.5`; set one of them',
          line: 6,
          column: 11,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    mem_limit: 1g\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n',
      errors: [
        {
          message: '`mem_limit: 1g` contradicts `deploy.resources.limits.memory: 512M`; set one of them',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 14,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    cpus: 2\n    deploy:\n      resources:\n        limits:\n          cpus: "0.5"\n',
      errors: [
        {
          message: '`cpus: 2` contradicts `deploy.resources.limits.cpus: 0.5`; set one of them',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 9,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    pids_limit: 10\n    deploy:\n      resources:\n        limits:\n          pids: 20\n',
      errors: [
        {
          message: '`pids_limit: 10` contradicts `deploy.resources.limits.pids: 20`; set one of them',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 15,
        },
      ],
    },
  ],
});
