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
      message: 'sets both `network_mode` and `networks`',
      line: 4,
      column: 5,
    },
  ],
});
