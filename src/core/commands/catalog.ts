// Every Stevedore item/palette command in one table: registration, package.json `contributes` and its test use it.

/** What a command acts on; the palette asks for one of these when no tree item was given. */
export type CommandTarget = 'container' | 'image' | 'volume' | 'network' | 'none';

export interface CommandMeta {
  id: `stevedore.${string}.${string}`;
  title: string;
  target: CommandTarget;
  /** codicon for inline buttons */
  icon?: string;
  /** view/item/context placement: a `viewItem` regex (without slashes), a menu group, and whether it is also an inline button */
  item?: {
    viewItem: string;
    group: string;
    inline?: boolean;
    /** the view, when the target does not say */ view?: string;
  };
  /** also shown in a view's title bar ("..." menu) */
  viewTitle?: { view: string; group: string };
  /** explorer/editor context menu for Dockerfiles */
  dockerfileMenu?: boolean;
  /** never offered in the palette (needs a specific tree item) */
  hideInPalette?: boolean;
}

const running = '^container:(running)$';
const runningOrPaused = '^container:(running|paused|restarting)$';
const stopped = '^container:(exited|created|dead)$';
const anyContainer = '^container:';
const withProject = (re: string) => `${re}|^composeProject$`;
const image = '^image(:dangling)?$';
const taggedImage = '^image$';

export const commandCatalog = [
  // containers: lifecycle
  {
    id: 'stevedore.container.start',
    title: 'Start',
    target: 'container',
    icon: 'debug-start',
    item: { viewItem: withProject(stopped), group: '1_lifecycle@1', inline: true },
  },
  {
    id: 'stevedore.container.stop',
    title: 'Stop',
    target: 'container',
    icon: 'debug-stop',
    item: { viewItem: withProject(runningOrPaused), group: '1_lifecycle@2', inline: true },
  },
  {
    id: 'stevedore.container.restart',
    title: 'Restart',
    target: 'container',
    icon: 'debug-restart',
    item: { viewItem: withProject(runningOrPaused), group: '1_lifecycle@3' },
  },
  {
    id: 'stevedore.container.pause',
    title: 'Pause',
    target: 'container',
    icon: 'debug-pause',
    item: { viewItem: withProject(running), group: '1_lifecycle@4' },
  },
  {
    id: 'stevedore.container.unpause',
    title: 'Unpause',
    target: 'container',
    icon: 'debug-continue',
    item: { viewItem: withProject('^container:paused$'), group: '1_lifecycle@5' },
  },
  {
    id: 'stevedore.container.kill',
    title: 'Kill…',
    target: 'container',
    item: { viewItem: withProject(runningOrPaused), group: '1_lifecycle@6' },
  },
  {
    id: 'stevedore.container.rename',
    title: 'Rename…',
    target: 'container',
    item: { viewItem: anyContainer, group: '4_edit@1' },
  },
  {
    id: 'stevedore.container.remove',
    title: 'Remove…',
    target: 'container',
    icon: 'trash',
    item: { viewItem: withProject(anyContainer), group: '9_remove@1' },
  },
  // containers: interact
  {
    id: 'stevedore.container.attachShell',
    title: 'Attach Shell',
    target: 'container',
    icon: 'terminal',
    item: { viewItem: running, group: '2_interact@1', inline: true },
  },
  {
    id: 'stevedore.container.exec',
    title: 'Execute Command…',
    target: 'container',
    item: { viewItem: running, group: '2_interact@2' },
  },
  {
    id: 'stevedore.container.attach',
    title: 'Attach to Main Process',
    target: 'container',
    item: { viewItem: running, group: '2_interact@3' },
  },
  {
    id: 'stevedore.container.logs',
    title: 'View Logs',
    target: 'container',
    icon: 'output',
    item: { viewItem: anyContainer, group: '2_interact@4', inline: true },
  },
  {
    id: 'stevedore.container.stats',
    title: 'Show Stats',
    target: 'container',
    icon: 'pulse',
    item: { viewItem: running, group: '2_interact@5' },
  },
  {
    id: 'stevedore.container.openPort',
    title: 'Open Published Port in Browser',
    target: 'container',
    icon: 'globe',
    item: { viewItem: running, group: '2_interact@6' },
  },
  // containers: information
  {
    id: 'stevedore.container.inspect',
    title: 'Inspect',
    target: 'container',
    item: { viewItem: anyContainer, group: '3_info@1' },
  },
  {
    id: 'stevedore.container.copyId',
    title: 'Copy ID',
    target: 'container',
    item: { viewItem: anyContainer, group: '3_info@2' },
  },
  {
    id: 'stevedore.container.copyName',
    title: 'Copy Name',
    target: 'container',
    item: { viewItem: anyContainer, group: '3_info@3' },
  },
  {
    id: 'stevedore.container.copyRunCommand',
    title: 'Copy docker run Command',
    target: 'container',
    item: { viewItem: anyContainer, group: '3_info@4' },
  },
  {
    id: 'stevedore.container.prune',
    title: 'Remove Stopped Containers…',
    target: 'none',
    viewTitle: { view: 'stevedore.containers', group: '3_prune@1' },
  },
  // images
  {
    id: 'stevedore.image.run',
    title: 'Run',
    target: 'image',
    icon: 'play',
    item: { viewItem: image, group: '1_run@1', inline: true },
  },
  { id: 'stevedore.image.runWith', title: 'Run…', target: 'image', item: { viewItem: image, group: '1_run@2' } },
  {
    id: 'stevedore.image.runInteractive',
    title: 'Run Interactive',
    target: 'image',
    item: { viewItem: image, group: '1_run@3' },
  },
  {
    id: 'stevedore.image.create',
    title: 'Create Container…',
    target: 'image',
    item: { viewItem: image, group: '1_run@4' },
  },
  {
    id: 'stevedore.image.pull',
    title: 'Pull…',
    target: 'none',
    icon: 'cloud-download',
    viewTitle: { view: 'stevedore.images', group: 'navigation@0' },
  },
  {
    id: 'stevedore.image.repull',
    title: 'Pull Again',
    target: 'image',
    item: { viewItem: taggedImage, group: '2_registry@1' },
  },
  {
    id: 'stevedore.image.push',
    title: 'Push',
    target: 'image',
    icon: 'cloud-upload',
    item: { viewItem: taggedImage, group: '2_registry@2' },
  },
  { id: 'stevedore.image.tag', title: 'Tag…', target: 'image', item: { viewItem: image, group: '4_edit@1' } },
  {
    id: 'stevedore.image.remove',
    title: 'Remove…',
    target: 'image',
    icon: 'trash',
    item: { viewItem: image, group: '9_remove@1' },
  },
  { id: 'stevedore.image.inspect', title: 'Inspect', target: 'image', item: { viewItem: image, group: '3_info@1' } },
  {
    id: 'stevedore.image.history',
    title: 'Show History',
    target: 'image',
    item: { viewItem: image, group: '3_info@2' },
  },
  { id: 'stevedore.image.copyId', title: 'Copy ID', target: 'image', item: { viewItem: image, group: '3_info@3' } },
  {
    id: 'stevedore.image.build',
    title: 'Build Image…',
    target: 'none',
    icon: 'package',
    dockerfileMenu: true,
    viewTitle: { view: 'stevedore.images', group: '3_build@1' },
  },
  { id: 'stevedore.build.history', title: 'Build History…', target: 'none', icon: 'history' },
  {
    id: 'stevedore.image.search',
    title: 'Search Docker Hub…',
    target: 'none',
    viewTitle: { view: 'stevedore.images', group: '3_build@2' },
  },
  {
    id: 'stevedore.image.prune',
    title: 'Remove Dangling Images…',
    target: 'none',
    viewTitle: { view: 'stevedore.images', group: '4_prune@1' },
  },
  {
    id: 'stevedore.image.pruneAll',
    title: 'Remove All Unused Images…',
    target: 'none',
    viewTitle: { view: 'stevedore.images', group: '4_prune@2' },
  },
  {
    id: 'stevedore.registry.login',
    title: 'Log In to Registry…',
    target: 'none',
    viewTitle: { view: 'stevedore.images', group: '5_registry@1' },
    item: { viewItem: '^registry(:added)?$', group: '1_registry@2', view: 'stevedore.registries' },
  },
  {
    id: 'stevedore.registry.logout',
    title: 'Log Out of Registry…',
    target: 'none',
    viewTitle: { view: 'stevedore.images', group: '5_registry@2' },
    item: { viewItem: '^registry:loggedIn$', group: '1_registry@3', view: 'stevedore.registries' },
  },
  // the Registries view
  {
    id: 'stevedore.registry.add',
    title: 'Add Registry…',
    target: 'none',
    icon: 'add',
    viewTitle: { view: 'stevedore.registries', group: 'navigation@1' },
  },
  {
    id: 'stevedore.registry.refresh',
    title: 'Refresh Registries',
    target: 'none',
    icon: 'refresh',
    viewTitle: { view: 'stevedore.registries', group: 'navigation@2' },
  },
  {
    id: 'stevedore.registry.remove',
    title: 'Remove from View',
    target: 'none',
    item: { viewItem: '^registry:added$', group: '9_view@1', view: 'stevedore.registries' },
    hideInPalette: true,
  },
  {
    id: 'stevedore.registry.push',
    title: 'Push a Local Image Here…',
    target: 'none',
    icon: 'cloud-upload',
    item: { viewItem: '^registry(:added|:loggedIn)?$', group: '1_registry@1', view: 'stevedore.registries' },
    hideInPalette: true,
  },
  {
    id: 'stevedore.registryTag.pull',
    title: 'Pull',
    target: 'none',
    icon: 'cloud-download',
    item: { viewItem: '^registryTag$', group: '1_registry@1', view: 'stevedore.registries', inline: true },
    hideInPalette: true,
  },
  {
    id: 'stevedore.registryTag.copyReference',
    title: 'Copy Reference',
    target: 'none',
    item: { viewItem: '^registryTag$', group: '2_info@1', view: 'stevedore.registries' },
    hideInPalette: true,
  },
  {
    id: 'stevedore.registryTag.delete',
    title: 'Delete from Registry…',
    target: 'none',
    item: { viewItem: '^registryTag$', group: '9_destructive@1', view: 'stevedore.registries' },
    hideInPalette: true,
  },
  // volumes
  {
    id: 'stevedore.volume.create',
    title: 'Create Volume…',
    target: 'none',
    icon: 'add',
    viewTitle: { view: 'stevedore.volumes', group: 'navigation@0' },
  },
  {
    id: 'stevedore.volume.inspect',
    title: 'Inspect',
    target: 'volume',
    item: { viewItem: '^volume(:anonymous)?$', group: '3_info@1' },
  },
  {
    id: 'stevedore.volume.remove',
    title: 'Remove…',
    target: 'volume',
    icon: 'trash',
    item: { viewItem: '^volume(:anonymous)?$', group: '9_remove@1' },
  },
  {
    id: 'stevedore.volume.prune',
    title: 'Remove Unused Volumes…',
    target: 'none',
    viewTitle: { view: 'stevedore.volumes', group: '3_prune@1' },
  },
  // networks
  {
    id: 'stevedore.network.create',
    title: 'Create Network…',
    target: 'none',
    icon: 'add',
    viewTitle: { view: 'stevedore.networks', group: 'navigation@0' },
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
  },
  {
    id: 'stevedore.network.prune',
    title: 'Remove Unused Networks…',
    target: 'none',
    viewTitle: { view: 'stevedore.networks', group: '3_prune@1' },
  },
  // system
  { id: 'stevedore.buildCache.prune', title: 'Remove Build Cache…', target: 'none' },
  {
    id: 'stevedore.system.prune',
    title: 'System Prune…',
    target: 'none',
    viewTitle: { view: 'stevedore.containers', group: '3_prune@2' },
  },
  {
    id: 'stevedore.system.diskUsage',
    title: 'Show Disk Usage',
    target: 'none',
    icon: 'database',
    viewTitle: { view: 'stevedore.images', group: '6_system@1' },
  },
] as const satisfies readonly CommandMeta[];

export type CommandId = (typeof commandCatalog)[number]['id'];

/** `view == stevedore.x && viewItem =~ /re/` for an item menu entry. */
export function itemWhen(meta: CommandMeta): string | undefined {
  if (!meta.item) return undefined;
  // containers also appear under their networks in the Networks view
  const view = {
    container: 'view =~ /^stevedore\\.(containers|networks)$/',
    image: 'view == stevedore.images',
    volume: 'view == stevedore.volumes',
    network: 'view == stevedore.networks',
    none: '',
  }[meta.target];
  return `${meta.item.view ? `view == ${meta.item.view}` : view} && viewItem =~ /${meta.item.viewItem}/`;
}

/** The package.json `contributes` fragments for the catalog. */
export function contributions(): { commands: object[]; menus: Record<string, object[]> } {
  const commands = (commandCatalog as readonly CommandMeta[]).map((c) => ({
    command: c.id,
    title: c.title,
    category: 'Docker',
    ...(c.icon ? { icon: `$(${c.icon})` } : {}),
  }));
  const item: object[] = [];
  const title: object[] = [];
  const explorer: object[] = [];
  const editor: object[] = [];
  for (const c of commandCatalog as readonly CommandMeta[]) {
    if (c.item?.inline) item.push({ command: c.id, when: itemWhen(c), group: 'inline' });
    if (c.item) item.push({ command: c.id, when: itemWhen(c), group: c.item.group });
    if (c.viewTitle) title.push({ command: c.id, when: `view == ${c.viewTitle.view}`, group: c.viewTitle.group });
    if (c.dockerfileMenu) {
      explorer.push({ command: c.id, when: 'resourceLangId == dockerfile && isWorkspaceTrusted', group: 'docker@1' });
      editor.push({ command: c.id, when: 'editorLangId == dockerfile && isWorkspaceTrusted', group: 'docker@1' });
    }
  }
  const palette = (commandCatalog as readonly CommandMeta[])
    .filter((c) => c.hideInPalette)
    .map((c) => ({ command: c.id, when: 'false' }));
  return {
    commands,
    menus: {
      'view/item/context': item,
      'view/title': title,
      'explorer/context': explorer,
      'editor/context': editor,
      commandPalette: palette,
    },
  };
}
