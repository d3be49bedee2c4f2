import { externalResourceMissing } from './external-resource-missing';
import { ruleTester } from '../tester';

const facts = {
  networkExists: async (n: string) => n === 'proxy',
  volume: async (n: string) => (n === 'shared' ? { driver: 'local' } : null),
};
ruleTester(externalResourceMissing, {
  valid: [
    { code: 'networks:\n  p:\n    external: true\n    name: proxy\nvolumes:\n  shared:\n    external: true\n', facts },
    'networks:\n  nope:\n    external: true\n',
    { code: 'networks:\n  nope:\n    external: true\n', facts: { networkExists: async () => undefined } },
    // the engine name, not the key: legacy `external: {name}`, and `name:` through a variable
    {
      code: 'networks:\n  edge:\n    external:\n      name: proxy\nvolumes:\n  v:\n    external: true\n    name: ${VOL:-shared}\n',
      facts,
    },
    { code: 'volumes:\n  v:\n    external: false\n', facts },
  ],
  invalid: [
    {
      code: 'networks:\n  traefik:\n    external: true\n',
      facts,
      errors: [
        {
          message:
            'external network `traefik` does not exist on the engine; create it first (docker network create traefik)',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 13,
        },
      ],
    },
    {
      code: 'volumes:\n  data:\n    external: true\n    name: backups\n',
      facts,
      errors: [
        {
          message:
            'external volume `backups` does not exist on the engine; create it first (docker volume create backups)',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 13,
        },
      ],
    },
    {
      code: 'networks:\n  proxy:\n    external:\n      name: traefik_default\n',
      facts,
      errors: [
        {
          message:
            'external network `traefik_default` does not exist on the engine; create it first (docker network create traefik_default)',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 13,
        },
      ],
    },
    {
      code: 'volumes:\n  shared:\n    external: true\n    name: ${VOL}\n',
      env: { VOL: 'other' },
      facts,
      errors: [
        {
          message: 'external volume `other` does not exist on the engine; create it first (docker volume create other)',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 13,
        },
      ],
    },
  ],
});
