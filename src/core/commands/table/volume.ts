// Volume commands.
import { anyVolume, type CommandSpec } from './spec';

export const volumeCommands = [
  {
    id: 'stevedore.volume.create',
    title: 'Create Volume…',
    target: 'none',
    icon: 'add',
    viewTitle: { view: 'volumes', group: 'navigation@0' },
  },
  {
    id: 'stevedore.volume.inspect',
    title: 'Inspect',
    target: 'volume',
    item: { viewItem: anyVolume, group: '3_info@1' },
  },
  {
    id: 'stevedore.volume.remove',
    title: 'Remove…',
    target: 'volume',
    icon: 'trash',
    item: { viewItem: anyVolume, group: '9_remove@1' },
    destructive: true,
    many: true,
  },
  {
    id: 'stevedore.volume.prune',
    title: 'Remove Unused Volumes…',
    target: 'none',
    viewTitle: { view: 'volumes', group: '3_prune@1' },
    destructive: true,
  },
] as const satisfies readonly CommandSpec[];
