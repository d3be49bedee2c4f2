// Network commands.
import type { CommandSpec } from './spec';

export const networkCommands = [
  {
    id: 'stevedore.network.create',
    title: 'Create Network…',
    target: 'none',
    icon: 'add',
    viewTitle: { view: 'networks', group: 'navigation@0' },
  },
  {
    id: 'stevedore.network.connect',
    title: 'Connect Container…',
    target: 'network',
    item: { viewItem: '^network$', group: '1_connect@1' },
  },
  {
    id: 'stevedore.network.disconnect',
    title: 'Disconnect Container…',
    target: 'network',
    item: { viewItem: '^network(:builtin)?$', group: '1_connect@2' },
  },
  {
    id: 'stevedore.network.inspect',
    title: 'Inspect',
    target: 'network',
    item: { viewItem: '^network(:builtin)?$', group: '3_info@1' },
  },
  {
    id: 'stevedore.network.remove',
    title: 'Remove…',
    target: 'network',
    icon: 'trash',
    item: { viewItem: '^network$', group: '9_remove@1' },
    destructive: true,
    many: true,
  },
  {
    id: 'stevedore.network.prune',
    title: 'Remove Unused Networks…',
    target: 'none',
    viewTitle: { view: 'networks', group: '3_prune@1' },
    destructive: true,
  },
] as const satisfies readonly CommandSpec[];
