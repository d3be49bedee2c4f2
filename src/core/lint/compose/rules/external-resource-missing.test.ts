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
      message: 'external network `traefik` does not exist on the engine',
      line: 3,
      column: 5,
    },
    {
      code: 'volumes:\n  data:\n    external: true\n    name: backups\n',
      facts,
      message: 'external volume `backups` does not exist',
      line: 3,
      column: 5,
    },
    {
      code: 'networks:\n  proxy:\n    external:\n      name: traefik_default\n',
      facts,
      message: 'external network `traefik_default` does not exist',
      line: 3,
      column: 5,
    },
    {
      code: 'volumes:\n  shared:\n    external: true\n    name: ${VOL}\n',
      env: { VOL: 'other' },
      facts,
      message: 'external volume `other` does not exist',
      line: 3,
      column: 5,
    },
  ],
});
