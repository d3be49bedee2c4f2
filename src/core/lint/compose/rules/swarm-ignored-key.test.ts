import { swarmIgnoredKey } from './swarm-ignored-key';
import { ruleTester } from '../tester';

const manager = { swarm: async () => ({ manager: true, nodeLabels: [] }) };
const notManager = { swarm: async () => ({ manager: false, nodeLabels: [] }) };

ruleTester(swarmIgnoredKey, {
  valid: [
    // no deploy section: a plain compose file
    { code: 'services:\n  a:\n    image: a:1\n    container_name: a\n', facts: manager },
    // not a swarm manager
    {
      code: 'services:\n  a:\n    image: a:1\n    restart: always\n    deploy:\n      replicas: 3\n',
      facts: notManager,
    },
    // engine unknown: silent
    'services:\n  a:\n    image: a:1\n    restart: always\n    deploy:\n      replicas: 2\n',
    {
      code: 'services:\n  a:\n    image: a:1\n    depends_on: [b]\n    deploy: {}\n  b:\n    image: b:1\n',
      facts: manager,
    },
  ],
  invalid: [
    {
      code: 'services:\n  a:\n    image: a:1\n    restart: always\n    deploy:\n      replicas: 2\n',
      facts: manager,
      errors: [{ message: '`docker stack deploy` ignores `restart`; use `deploy.restart_policy`', line: 4, column: 5 }],
    },
    {
      code: 'services:\n  a:\n    build: .\n    deploy: {}\n',
      facts: manager,
      errors: [
        {
          message: '`docker stack deploy` ignores `build`; build and push the image first, and name it in `image`',
          line: 3,
          column: 5,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    deploy: {}\n    depends_on:\n      b:\n        condition: service_healthy\n  b:\n    image: b:1\n',
      facts: manager,
      errors: [
        {
          message: '`docker stack deploy` ignores `depends_on` conditions (`b`): services start in no set order',
          line: 7,
          column: 9,
        },
      ],
    },
  ],
});
