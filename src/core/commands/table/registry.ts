// Registry commands: credentials for pull and push, and the Registries view (registries, their repositories and tags).
import type { CommandSpec, MenuEntry } from './spec';

/** A place in the Registries view's item menus (its nodes are not explorer items: no target kind). */
const inRegistries = (viewItem: string, group: string, inline = false): MenuEntry[] => {
  const when = `view == stevedore.registries && viewItem =~ /${viewItem}/`;
  return [
    ...(inline ? [{ menu: 'view/item/context' as const, when, group: 'inline' }] : []),
    { menu: 'view/item/context', when, group },
  ];
};

export const registryCommands = [
  {
    id: 'stevedore.registry.login',
    title: 'Log In to Registry…',
    target: 'none',
    viewTitle: { view: 'images', group: '5_registry@1' },
    menus: inRegistries('^registry(:added)?$', '1_registry@2'),
  },
  {
    id: 'stevedore.registry.logout',
    title: 'Log Out of Registry…',
    target: 'none',
    viewTitle: { view: 'images', group: '5_registry@2' },
    menus: inRegistries('^registry:loggedIn$', '1_registry@3'),
  },
  {
    id: 'stevedore.registry.add',
    title: 'Add Registry…',
    target: 'none',
    icon: 'add',
    viewTitle: { view: 'registries', group: 'navigation@1' },
  },
  {
    id: 'stevedore.registry.refresh',
    title: 'Refresh Registries',
    target: 'none',
    icon: 'refresh',
    viewTitle: { view: 'registries', group: 'navigation@2' },
  },
  {
    id: 'stevedore.registry.forget',
    title: 'Remove from View',
    target: 'none',
    menus: inRegistries('^registry:added$', '9_view@1'),
    hideInPalette: true,
  },
  {
    id: 'stevedore.registry.push',
    title: 'Push a Local Image Here…',
    target: 'none',
    icon: 'cloud-upload',
    menus: inRegistries('^registry(:added|:loggedIn)?$', '1_registry@1'),
    hideInPalette: true,
  },
  {
    id: 'stevedore.registryTag.pull',
    title: 'Pull',
    target: 'none',
    icon: 'cloud-download',
    menus: inRegistries('^registryTag(:hub)?$', '1_registry@1', true),
    hideInPalette: true,
  },
  {
    id: 'stevedore.registryTag.copyReference',
    title: 'Copy Reference',
    target: 'none',
    menus: inRegistries('^registryTag(:hub)?$', '2_info@1'),
    hideInPalette: true,
  },
  {
    id: 'stevedore.registryTag.remove',
    title: 'Delete from Registry…',
    target: 'none',
    menus: inRegistries('^registryTag$', '9_destructive@1'),
    hideInPalette: true,
    destructive: true,
  },
] as const satisfies readonly CommandSpec[];
