import { resourceLimitConflict } from './resource-limit-conflict';
import { ruleTester } from '../tester';

ruleTester(resourceLimitConflict, {
  valid: [
    'services:\n  a:\n    image: a:1\n    mem_limit: 512m\n    cpus: 0.5\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n          cpus: "0.5"\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    mem_limit: 1g\n    deploy:\n      resources:\n        limits:\n          memory: 512M\n',
      message: '`mem_limit: 1g` contradicts `deploy.resources.limits.memory: 512M`',
      line: 4,
      column: 5,
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    cpus: 2\n    deploy:\n      resources:\n        limits:\n          cpus: "0.5"\n',
      message: '`cpus: 2` contradicts `deploy.resources.limits.cpus: 0.5`',
      line: 4,
      column: 5,
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    pids_limit: 10\n    deploy:\n      resources:\n        limits:\n          pids: 20\n',
      message: '`pids_limit: 10` contradicts',
      line: 4,
      column: 5,
    },
  ],
});
