// The explorer's view-title commands, one table: registration, package.json `contributes` and its test use it.
import type { ViewName } from '../../core/tree/refreshPolicy';

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

export interface ViewCommand {
  id: string;
  view: ViewName;
  verb: ViewVerb;
  title: string;
  icon: string;
  /** view/title placement: inline button, or in the "..." menu */
  group: 'navigation' | '1_filter' | '2_toggles';
  /** extra `when` beyond `view == stevedore.<view>` */
  when?: string;
}

const nounOf: Record<ViewName, string> = {
  containers: 'Containers',
  images: 'Images',
  volumes: 'Volumes',
  networks: 'Networks',
  engines: 'Engines',
};

function cmd(
  view: ViewName,
  verb: ViewVerb,
  title: string,
  icon: string,
  group: ViewCommand['group'],
  when?: string,
): ViewCommand {
  return { id: `stevedore.${view}.${verb}`, view, verb, title: `${title}`, icon, group, when };
}

export const viewCommands: readonly ViewCommand[] = [
  ...resourceViews.flatMap((v): ViewCommand[] => [
    cmd(v, 'refresh', `Refresh ${nounOf[v]}`, 'refresh', 'navigation'),
    cmd(v, 'filter', `Filter ${nounOf[v]}…`, 'filter', 'navigation', `!stevedore.${v}.filtered`),
    cmd(v, 'clearFilter', `Clear ${nounOf[v]} Filter`, 'filter-filled', 'navigation', `stevedore.${v}.filtered`),
    cmd(v, 'sortBy', `Sort ${nounOf[v]} By…`, 'list-ordered', '1_filter'),
    cmd(
      v,
      'showOnlyWorkspace',
      `Show Only This Workspace's Compose Projects`,
      'folder',
      '2_toggles',
      `!stevedore.${v}.onlyWorkspace`,
    ),
    cmd(v, 'showAllProjects', `Show All ${nounOf[v]}`, 'folder-opened', '2_toggles', `stevedore.${v}.onlyWorkspace`),
  ]),
  cmd('images', 'showDangling', 'Show Dangling Images', 'eye', '2_toggles', '!stevedore.images.showDangling'),
  cmd('images', 'hideDangling', 'Hide Dangling Images', 'eye-closed', '2_toggles', 'stevedore.images.showDangling'),
  cmd('networks', 'showBuiltin', 'Show Built-in Networks', 'eye', '2_toggles', '!stevedore.networks.showBuiltin'),
  cmd('networks', 'hideBuiltin', 'Hide Built-in Networks', 'eye-closed', '2_toggles', 'stevedore.networks.showBuiltin'),
  cmd('engines', 'refresh', 'Refresh Engines', 'refresh', 'navigation'),
  cmd('engines', 'filter', 'Filter Engines…', 'filter', 'navigation', '!stevedore.engines.filtered'),
  cmd('engines', 'clearFilter', 'Clear Engines Filter', 'filter-filled', 'navigation', 'stevedore.engines.filtered'),
  cmd('engines', 'sortBy', 'Sort Engines By…', 'list-ordered', '1_filter'),
];

/** Item commands of the Engines view. */
export const useContextCommand = { id: 'stevedore.engines.use', title: 'Use for This Window', icon: 'plug' } as const;
