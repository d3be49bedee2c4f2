// Engine connection commands, and "use this context" on the Engines view's items.
import type { CommandSpec } from './spec';

export const engineCommands = [
  { id: 'stevedore.engine.retry', title: 'Retry Engine Connection', target: 'none', icon: 'refresh' },
  {
    id: 'stevedore.engine.switchContext',
    title: 'Switch Context for This Window…',
    target: 'none',
    icon: 'arrow-swap',
    viewTitle: { view: 'engines', group: 'navigation@9' },
  },
  { id: 'stevedore.engine.showStatus', title: 'Show Engine Status', target: 'none' },
  {
    id: 'stevedore.engines.use',
    title: 'Use for This Window',
    target: 'none',
    icon: 'plug',
    hideInPalette: true,
    menus: [
      { menu: 'view/item/context', when: 'view == stevedore.engines && viewItem == context', group: 'inline' },
      { menu: 'view/item/context', when: 'view == stevedore.engines && viewItem == context', group: '1_context@1' },
    ],
  },
] as const satisfies readonly CommandSpec[];

export type EngineCommandId = (typeof engineCommands)[number]['id'];
