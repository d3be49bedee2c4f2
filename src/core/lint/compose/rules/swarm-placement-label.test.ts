import { swarmPlacementLabel } from './swarm-placement-label';
import { ruleTester } from '../tester';

const nodes = (...labels: Record<string, string>[]) => ({ swarm: async () => ({ manager: true, nodeLabels: labels }) });
const file = (c: string) =>
  `services:\n  a:\n    image: a:1\n    deploy:\n      placement:\n        constraints:\n          - ${c}\n`;

ruleTester(swarmPlacementLabel, {
  valid: [
    { code: file('node.labels.zone == east'), facts: nodes({ zone: 'west' }, {}) },
    { code: file('node.role == manager'), facts: nodes({}) },
    { code: file('node.labels.zone != east'), facts: nodes({}) },
    { code: file('node.labels.zone == west'), facts: { swarm: async () => ({ manager: false, nodeLabels: [] }) } },
    file('node.labels.zone == east'),
  ],
  invalid: [
    {
      code: file('node.labels.zone == north'),
      facts: nodes({ disk: 'ssd' }, {}),
      errors: [
        {
          message:
            'no node of this swarm (2 nodes) has the label `zone`; the tasks will stay pending. Add it with `docker node update --label-add zone=… <node>`',
          line: 7,
          column: 13,
        },
      ],
    },
  ],
});
