import { networkModeWithNetworks } from './network-mode-with-networks';
import { ruleTester } from '../tester';

ruleTester(networkModeWithNetworks, {
  valid: [
    'services:\n  a:\n    image: a:1\n    network_mode: host\n',
    'services:\n  a:\n    image: a:1\n    networks: [x]\nnetworks:\n  x:\n',
  ],
  invalid: [
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
