// Engine-wide housekeeping: build cache, system prune, disk usage.
import type { CommandSpec } from './spec';

export const systemCommands = [
  { id: 'stevedore.buildCache.prune', title: 'Remove Build Cache…', target: 'none', destructive: true },
  {
    id: 'stevedore.system.prune',
    title: 'System Prune…',
    target: 'none',
    viewTitle: { view: 'containers', group: '3_prune@2' },
    destructive: true,
  },
  {
    id: 'stevedore.system.diskUsage',
    title: 'Show Disk Usage',
    target: 'none',
    icon: 'database',
    viewTitle: { view: 'images', group: '6_system@1' },
  },
] as const satisfies readonly CommandSpec[];
