import { networkModeWithNetworks } from './network-mode-with-networks';
import { ruleTester } from '../tester';

ruleTester(networkModeWithNetworks, {
  valid: [
    'services:\n  a:\n    image: a:1\n    network_mode: host\n',
    'services:\n  a:\n    image: a:1\n    networks: [x]\nnetworks:\n  x:\n',
    // merged with its base: a service the base does not have, or a base without networks
    {
      code: 'services:\n  a:\n    network_mode: host\n',
      fileName: 'compose.override.yaml',
      files: { 'compose.yaml': 'services:\n  a:\n    image: a:1\n  b:\n    image: b:1\n    networks: [x]\n' },
    },
  ],
  invalid: [
    // the base sets `networks`, the override `network_mode`: the merged service has both
    {
      code: 'services:\n  a:\n    network_mode: host\n',
      fileName: 'compose.override.yaml',
      files: { 'compose.yaml': 'services:\n  a:\n    image: a:1\n    networks: [x]\nnetworks:\n  x:\n' },
      errors: [
        {
          message: 'service `a` sets both `network_mode` and `networks`; compose refuses this',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 17,
        },
      ],
    },
    {
      code: 'services:\n  a:\n    image: a:1\n    network_mode: host\n    networks: [x]\nnetworks:\n  x:\n',
      errors: [
        {
          message: 'service `a` sets both `network_mode` and `networks`; compose refuses this',
          line: 4,
          column: 5,
          endLine: 4,
          endColumn: 17,
        },
      ],
    },
  ],
});
