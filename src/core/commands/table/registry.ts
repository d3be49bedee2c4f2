// Registry commands: credentials for pull and push.
import type { CommandSpec } from './spec';

export const registryCommands = [
  {
    id: 'stevedore.registry.login',
    title: 'Log In to Registry…',
    target: 'none',
    viewTitle: { view: 'images', group: '5_registry@1' },
  },
  {
    id: 'stevedore.registry.logout',
    title: 'Log Out of Registry…',
    target: 'none',
    viewTitle: { view: 'images', group: '5_registry@2' },
  },
] as const satisfies readonly CommandSpec[];
