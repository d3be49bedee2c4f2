import type { ContainerSummary } from '../engine/types';
import { exitCodeOf, publishedPorts } from './containerFacts';
import { composeProjectContextValue, containerContextValue, type ContextValue } from './contextValues';
import { humanAge, naturalCompare, shortId } from './format';
import { statusNow } from './statusClock';
import {
  deferred,
  type ComposeProjectNode,
  type ContainerNode,
  type GroupNode,
  type NodeIcon,
  type TreeNode,
} from './nodes';
import { type ContainerSettings, type ViewState } from './settings';
import { containerTooltip } from './tooltips';
import { belongsToWorkspace, composeLabels } from './workspace';
import { listAt } from '../listMap';

export interface ContainerTreeOptions {
  settings: ContainerSettings;
  state: Pick<ViewState, 'onlyWorkspace'>;
  workspaceFolders: readonly string[];
  nowMs?: number;
  /** host name used for links to published ports (the engine's host for remote engines) */
  publishHost?: string;
  /** live CPU/memory text of a container, when its stats are followed ("CPU 3.10% · 12.5MiB") */
  stats?: (id: string) => string | undefined;
}

// shared by every item that shows them (icons are plain data, never changed after building)
const icons = {
  running: { id: 'vm-running', color: 'charts.green' },
  unhealthy: { id: 'vm-running', color: 'charts.red' },
  starting: { id: 'vm-running', color: 'charts.yellow' },
  paused: { id: 'debug-pause', color: 'charts.yellow' },
  restarting: { id: 'sync~spin', color: 'charts.orange' },
  exited: { id: 'vm-outline' },
  failed: { id: 'vm-outline', color: 'charts.red' },
  created: { id: 'circle-large-outline' },
  dead: { id: 'error', color: 'charts.red' },
  removing: { id: 'trash' },
} as const satisfies Record<string, NodeIcon>;

export function containerIcon(c: ContainerSummary): NodeIcon {
  switch (c.state) {
    case 'running':
      if (c.health === 'unhealthy') return icons.unhealthy;
      if (c.health === 'starting') return icons.starting;
      return icons.running;
    case 'paused':
      return icons.paused;
    case 'restarting':
      return icons.restarting;
    case 'exited':
      return (exitCodeOf(c.status) ?? 0) === 0 ? icons.exited : icons.failed;
    case 'created':
      return icons.created;
    case 'dead':
      return icons.dead;
    case 'removing':
      return icons.removing;
    default:
      return icons.exited;
  }
}

function portsText(c: ContainerSummary): string {
  return publishedPorts(c.ports)
    .filter((p) => p.publicPort)
    .map((p) => `${p.publicPort}→${p.privatePort}${p.type === 'tcp' ? '' : `/${p.type}`}`)
    .join(', ');
}

export function containerLabel(c: ContainerSummary, settings: ContainerSettings): string {
  switch (settings.label) {
    case 'id':
      return shortId(c.id);
    case 'image':
      return imageRef(c.image);
    case 'composeService':
      return c.composeService ? `${c.composeService}${numberSuffix(c)}` : c.name;
    case 'name':
      return c.name || shortId(c.id);
  }
}

/** Containers made from an image id (or whose tag moved on) carry the id as image: show it short. */
export function imageRef(image: string): string {
  return (image.length === 64 || image.length === 71) && /^(sha256:)?[0-9a-f]{64}$/.test(image)
    ? shortId(image)
    : image;
}

function numberSuffix(c: ContainerSummary): string {
  const n = c.labels[composeLabels.containerNumber];
  return n && n !== '1' ? ` #${n}` : '';
}

export function containerDescription(c: ContainerSummary, settings: ContainerSettings, nowMs?: number): string {
  let out = '';
  for (const field of settings.description) {
    let part: string;
    switch (field) {
      case 'image':
        part = imageRef(c.image);
        break;
      case 'status':
        part = statusNow(c, nowMs) || c.state;
        break;
      case 'ports':
        part = portsText(c);
        break;
      case 'id':
        part = shortId(c.id);
        break;
      case 'created':
        part = humanAge(c.created, nowMs);
        break;
    }
    if (part) out = out ? `${out} · ${part}` : part;
  }
  return out;
}

/**
 * A container's item. A class rather than a literal with a getter: thousands are built per refresh, and the
 * markdown tooltip is built on first read (only the few hovered or snapshotted items need one).
 */
class ContainerItem implements ContainerNode {
  readonly kind = 'container';
  readonly id: string;
  readonly label: string;
  description: string;
  readonly icon: NodeIcon;
  readonly contextValue: ContextValue;
  readonly collapsible = 'none';
  readonly #opts: ContainerTreeOptions;
  #tooltip: string | undefined;

  constructor(
    readonly record: ContainerSummary,
    opts: ContainerTreeOptions,
    readonly parentId?: string,
  ) {
    this.#opts = opts;
    this.id = parentId ? `${parentId}/container:${record.id}` : `container:${record.id}`;
    this.label = containerLabel(record, opts.settings);
    const described = containerDescription(record, opts.settings, opts.nowMs);
    const stats = opts.stats?.(record.id);
    this.description = stats ? (described ? `${described} · ${stats}` : stats) : described;
    this.icon = containerIcon(record);
    this.contextValue = containerContextValue(record.state);
  }

  get tooltip(): string {
    return (this.#tooltip ??= containerTooltip(this.record, undefined, {
      nowMs: this.#opts.nowMs,
      publishHost: this.#opts.publishHost,
    }));
  }
}

export function containerNode(c: ContainerSummary, opts: ContainerTreeOptions, parentId?: string): ContainerNode {
  return new ContainerItem(c, opts, parentId);
}

const stateOrder: Record<string, number> = {
  running: 0,
  restarting: 1,
  paused: 2,
  created: 3,
  exited: 4,
  removing: 5,
  dead: 6,
};

function compareContainers(sortBy: ContainerSettings['sortBy']): (a: ContainerSummary, b: ContainerSummary) => number {
  const byName = (a: ContainerSummary, b: ContainerSummary) =>
    naturalCompare(a.name, b.name) || naturalCompare(a.id, b.id);
  switch (sortBy) {
    case 'created':
      return (a, b) => b.created - a.created || byName(a, b);
    case 'state':
      return (a, b) => (stateOrder[a.state] ?? 9) - (stateOrder[b.state] ?? 9) || byName(a, b);
    case 'name':
      return byName;
  }
}

function groupKey(c: ContainerSummary, by: ContainerSettings['groupBy']): string | undefined {
  switch (by) {
    case 'composeProject':
      return c.composeProject || undefined;
    case 'state':
      return c.state;
    case 'image':
      return imageRef(c.image);
    case 'none':
      return undefined;
  }
}

/** Containers grouped (by compose project by default; ungrouped ones after the groups), sorted per settings. */
export function buildContainerTree(containers: readonly ContainerSummary[], opts: ContainerTreeOptions): TreeNode[] {
  const shown = opts.state.onlyWorkspace
    ? containers.filter((c) => belongsToWorkspace(c.labels, opts.workspaceFolders))
    : [...containers];
  shown.sort(compareContainers(opts.settings.sortBy));
  const groups = new Map<string, ContainerSummary[]>();
  const loose: ContainerSummary[] = [];
  for (const c of shown) {
    const key = groupKey(c, opts.settings.groupBy);
    if (key === undefined) loose.push(c);
    else listAt(groups, key).push(c);
  }
  const groupNodes: TreeNode[] = [...groups.entries()]
    .sort(([a], [b]) =>
      opts.settings.groupBy === 'state' ? (stateOrder[a] ?? 9) - (stateOrder[b] ?? 9) : naturalCompare(a, b),
    )
    .map(([key, members]) =>
      opts.settings.groupBy === 'composeProject'
        ? composeProjectNode(key, members, opts)
        : groupNode(key, members, opts),
    );
  return [...groupNodes, ...loose.map((c) => containerNode(c, opts))];
}

function runningCount(members: readonly ContainerSummary[]): string {
  const running = members.filter((c) => c.state === 'running').length;
  return `${running}/${members.length} running`;
}

function composeProjectNode(
  project: string,
  members: ContainerSummary[],
  opts: ContainerTreeOptions,
): ComposeProjectNode {
  const first = members[0]?.labels ?? {};
  const record = {
    name: project,
    workingDir: first[composeLabels.workingDir] || undefined,
    configFiles: (first[composeLabels.configFiles] ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    containers: members,
  };
  const id = `composeProject:${project}`;
  const anyRunning = members.some((c) => c.state === 'running');
  const tooltip = [
    `**Compose project** \`${project}\``,
    record.workingDir ? `Working directory: \`${record.workingDir}\`` : '',
    record.configFiles.length ? `Config files: ${record.configFiles.map((f) => `\`${f}\``).join(', ')}` : '',
    runningCount(members),
  ]
    .filter(Boolean)
    .join('  \n');
  return deferred<ComposeProjectNode>(
    {
      kind: 'composeProject',
      record,
      id,
      label: project,
      description: runningCount(members),
      icon: anyRunning ? { id: 'layers-active', color: 'charts.green' } : { id: 'layers' },
      contextValue: composeProjectContextValue(members),
      collapsible: 'expanded',
    },
    { tooltip, children: () => members.map((c) => containerNode(c, opts, id)) },
  );
}

function groupNode(value: string, members: ContainerSummary[], opts: ContainerTreeOptions): GroupNode {
  const id = `group:${opts.settings.groupBy}:${value}`;
  const label = opts.settings.groupBy === 'state' ? value.charAt(0).toUpperCase() + value.slice(1) : value;
  return deferred<GroupNode>(
    {
      kind: 'group',
      record: { by: opts.settings.groupBy, value },
      id,
      label,
      description: String(members.length),
      icon: { id: opts.settings.groupBy === 'image' ? 'file-binary' : 'folder' },
      contextValue: 'group',
      collapsible: 'expanded',
    },
    { children: () => members.map((c) => containerNode(c, opts, id)) },
  );
}
