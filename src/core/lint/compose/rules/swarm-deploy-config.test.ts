import { swarmDeployConfig } from './swarm-deploy-config';
import { ruleTester } from '../tester';

ruleTester(swarmDeployConfig, {
  valid: [
    'services:\n  a:\n    image: a:1\n    deploy:\n      mode: global\n',
    'services:\n  a:\n    image: a:1\n    deploy:\n      replicas: 3\n      update_config:\n        order: start-first\n        failure_action: rollback\n        parallelism: 0\n',
    'services:\n  a:\n    image: a:1\n    deploy:\n      update_config:\n        order: ${ORDER}\n',
    'services:\n  a:\n    image: a:1\n',
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    deploy:\n      mode: global\n      replicas: 2\n',
      errors: [
        { message: 'service `a` is `mode: global` (one task per node); `replicas` cannot be set', line: 6, column: 7 },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    deploy:\n      update_config:\n        failure_action: retry\n',
      errors: [
        { message: '`failure_action: retry` is not one of `continue`, `rollback`, `pause`', line: 6, column: 25 },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    deploy:\n      rollback_config:\n        order: first\n',
      errors: [{ message: '`order: first` is not one of `stop-first`, `start-first`', line: 6, column: 16 }],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    deploy:\n      update_config:\n        parallelism: -1\n',
      errors: [{ message: '`parallelism` must be 0 or more', line: 6, column: 22 }],
    },
  ],
});
