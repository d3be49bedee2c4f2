// package.json's `contributes.commands` and `contributes.menus`, generated from the command table.
// `npm run manifest` writes them; manifest.test.ts fails with the exact patch while they differ.
import { commandTable } from './index';
import type { CommandSpec, MenuEntry, MenuId } from './spec';

export interface ContributedCommand {
  command: string;
  title: string;
  category: 'Docker';
  enablement?: string;
  icon?: string;
}

export interface ContributedMenuItem {
  command: string;
  when: string;
  group?: string;
}

export const menuOrder: readonly MenuId[] = [
  'view/title',
  'view/item/context',
  'commandPalette',
  'explorer/context',
  'editor/context',
  'editor/title',
];

/** `view == stevedore.x && viewItem =~ /re/` for an item menu entry. */
export function itemWhen(spec: CommandSpec): string | undefined {
  if (!spec.item) return undefined;
  // containers also appear under their networks in the Networks view
  const view = {
    container: 'view =~ /^stevedore\\.(containers|networks)$/',
    image: 'view == stevedore.images',
    volume: 'view == stevedore.volumes',
    network: 'view == stevedore.networks',
    none: '',
  }[spec.target];
  return `${view} && viewItem =~ /${spec.item.viewItem}/`;
}

/** Every menu entry of one record, in menu order. */
export function menuEntries(spec: CommandSpec): MenuEntry[] {
  const out: MenuEntry[] = [];
  const { item, viewTitle } = spec;
  if (viewTitle) {
    const when = `view == stevedore.${viewTitle.view}${viewTitle.when ? ` && ${viewTitle.when}` : ''}`;
    out.push({ menu: 'view/title', when, group: viewTitle.group });
  }
  const when = itemWhen(spec);
  if (item && when !== undefined) {
    if (item.inline) out.push({ menu: 'view/item/context', when, group: 'inline' });
    out.push({ menu: 'view/item/context', when, group: item.group });
  }
  if (spec.hideInPalette) out.push({ menu: 'commandPalette', when: 'false' });
  if (spec.dockerfileMenu) {
    out.push({
      menu: 'explorer/context',
      when: 'resourceLangId == dockerfile && isWorkspaceTrusted',
      group: 'docker@1',
    });
    out.push({ menu: 'editor/context', when: 'editorLangId == dockerfile && isWorkspaceTrusted', group: 'docker@1' });
  }
  out.push(...(spec.menus ?? []));
  return out;
}

export function contributedCommand(spec: CommandSpec): ContributedCommand {
  return {
    command: spec.id,
    title: spec.title,
    category: 'Docker',
    ...(spec.requiresTrust ? { enablement: 'isWorkspaceTrusted' } : {}),
    ...(spec.icon ? { icon: `$(${spec.icon})` } : {}),
  };
}

/** The package.json `contributes.commands` and `contributes.menus` for `table`. */
export function contributions(table: readonly CommandSpec[] = commandTable): {
  commands: ContributedCommand[];
  menus: Record<MenuId, ContributedMenuItem[]>;
} {
  const shown = table.filter((c) => !c.internal);
  const menus = Object.fromEntries(menuOrder.map((m) => [m, [] as ContributedMenuItem[]])) as Record<
    MenuId,
    ContributedMenuItem[]
  >;
  for (const spec of shown)
    for (const e of menuEntries(spec))
      menus[e.menu].push({ command: spec.id, when: e.when, ...(e.group ? { group: e.group } : {}) });
  return { commands: shown.map(contributedCommand), menus };
}
