// The explorer views' title-bar commands: refresh, filter, sort and the layout toggles of each view.
import type { ViewName } from '../../tree/refreshPolicy';
import type { CommandSpec } from './spec';

export const resourceViews = ['containers', 'images', 'volumes', 'networks'] as const satisfies readonly ViewName[];

export type ViewVerb =
  | 'refresh'
  | 'filter'
  | 'clearFilter'
  | 'sortBy'
  | 'showOnlyWorkspace'
  | 'showAllProjects'
  | 'showDangling'
  | 'hideDangling'
  | 'showBuiltin'
  | 'hideBuiltin';

export interface ViewCommandSpec extends CommandSpec {
  view: ViewName;
  verb: ViewVerb;
  icon: string;
  viewTitle: { view: ViewName; group: string; when?: string };
}

const nounOf: Record<ViewName, string> = {
  containers: 'Containers',
  images: 'Images',
  volumes: 'Volumes',
  networks: 'Networks',
  engines: 'Engines',
};

type Row = [verb: ViewVerb, title: string, icon: string, group: 'navigation' | '1_filter' | '2_toggles', when?: string];

/** Records of one view; `@n` orders them by their place in the list. */
function rows(view: ViewName, list: Row[], first = 1): ViewCommandSpec[] {
  return list.map(([verb, title, icon, group, when], i) => ({
    id: `stevedore.${view}.${verb}`,
    title,
    target: 'none',
    icon,
    view,
    verb,
    viewTitle: { view, group: `${group}@${first + i}`, ...(when ? { when } : {}) },
  }));
}

const common = (v: ViewName): Row[] => [
  ['refresh', `Refresh ${nounOf[v]}`, 'refresh', 'navigation'],
  ['filter', `Filter ${nounOf[v]}…`, 'filter', 'navigation', `!stevedore.${v}.filtered`],
  ['clearFilter', `Clear ${nounOf[v]} Filter`, 'filter-filled', 'navigation', `stevedore.${v}.filtered`],
  ['sortBy', `Sort ${nounOf[v]} By…`, 'list-ordered', '1_filter'],
];

const workspace = (v: ViewName): Row[] => [
  [
    'showOnlyWorkspace',
    `Show Only This Workspace's Compose Projects`,
    'folder',
    '2_toggles',
    `!stevedore.${v}.onlyWorkspace`,
  ],
  ['showAllProjects', `Show All ${nounOf[v]}`, 'folder-opened', '2_toggles', `stevedore.${v}.onlyWorkspace`],
];

export const viewCommands: readonly ViewCommandSpec[] = [
  ...resourceViews.flatMap((v) => rows(v, [...common(v), ...workspace(v)])),
  ...rows(
    'images',
    [
      ['showDangling', 'Show Dangling Images', 'eye', '2_toggles', '!stevedore.images.showDangling'],
      ['hideDangling', 'Hide Dangling Images', 'eye-closed', '2_toggles', 'stevedore.images.showDangling'],
    ],
    7,
  ),
  ...rows(
    'networks',
    [
      ['showBuiltin', 'Show Built-in Networks', 'eye', '2_toggles', '!stevedore.networks.showBuiltin'],
      ['hideBuiltin', 'Hide Built-in Networks', 'eye-closed', '2_toggles', 'stevedore.networks.showBuiltin'],
    ],
    7,
  ),
  ...rows('engines', common('engines')),
];
