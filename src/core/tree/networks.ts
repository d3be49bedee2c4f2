import type { ContainerSummary, NetworkSummary } from '../engine/types';
import { containerNode, type ContainerTreeOptions } from './containers';
import { networkContextValue } from './contextValues';
import { isoToUnix, naturalCompare } from './format';
import { groupByDriverOrProject } from './grouping';
import { deferred, type NetworkNode, type TreeNode } from './nodes';
import type { ContainerSettings, NetworkSettings, ViewState } from './settings';
import { statusNow } from './statusClock';
import { networkTooltip } from './tooltips';
import { belongsToWorkspace, composeLabels, workspaceProjects } from './workspace';
import { listAt } from '../listMap';

export interface NetworkTreeOptions {
  settings: NetworkSettings;
  /** how attached containers are labelled (the Containers view's settings) */
  containerSettings: ContainerSettings;
  state: Pick<ViewState, 'onlyWorkspace' | 'showBuiltin'>;
  workspaceFolders: readonly string[];
  containers: readonly ContainerSummary[];
  nowMs?: number;
}

export interface Attachment {
  container: ContainerSummary;
  ip?: string;
}

/** network id → attached containers, from the containers' own network lists (the list endpoint leaves Containers empty). */
export function networkAttachments(
  networks: readonly NetworkSummary[],
  containers: readonly ContainerSummary[],
): Map<string, Attachment[]> {
  const byName = new Map(networks.map((n) => [n.name, n.id]));
  const out = new Map<string, Attachment[]>();
  for (const c of containers) {
    for (const [name, n] of Object.entries(c.networks)) {
      const id = n.networkId || byName.get(name);
      if (!id) continue;
      listAt(out, id).push({ container: c, ip: n.ipAddress || undefined });
    }
  }
  for (const n of networks) {
    // engines that do fill Containers (inspect, some Podman versions) and containers we do not list
    if (out.has(n.id) || n.containers.length === 0) continue;
    const known = new Map(containers.map((c) => [c.id, c]));
    const list = n.containers
      .map((a) => known.get(a.id))
      .filter((c): c is ContainerSummary => !!c)
      .map((c) => ({ container: c, ip: n.containers.find((a) => a.id === c.id)?.ipv4 }));
    if (list.length) out.set(n.id, list);
  }
  for (const list of out.values()) list.sort((a, b) => naturalCompare(a.container.name, b.container.name));
  return out;
}

function networkNode(
  n: NetworkSummary,
  attached: Attachment[],
  opts: NetworkTreeOptions,
  parentId?: string,
): NetworkNode {
  const id = `${parentId ? `${parentId}/` : ''}network:${n.id}`;
  const parts: string[] = n.builtin ? ['built-in'] : [];
  for (const field of opts.settings.description) {
    switch (field) {
      case 'driver':
        parts.push(n.driver);
        break;
      case 'scope':
        parts.push(n.scope);
        break;
      case 'subnet':
        if (n.subnets[0]) parts.push(n.subnets.map((s) => s.subnet).join(', '));
        break;
      case 'containers':
        parts.push(attached.length === 1 ? '1 container' : `${attached.length} containers`);
        break;
    }
  }
  const containerOpts: ContainerTreeOptions = {
    settings: opts.containerSettings,
    state: { onlyWorkspace: false },
    workspaceFolders: opts.workspaceFolders,
    nowMs: opts.nowMs,
  };
  return deferred<NetworkNode>(
    {
      kind: 'network',
      record: n,
      id,
      parentId,
      label: opts.settings.label === 'id' ? n.id.slice(0, 12) : n.name,
      description: parts.join(' · '),
      icon: n.builtin
        ? { id: 'globe', color: 'disabledForeground' }
        : attached.length
          ? { id: 'type-hierarchy', color: 'charts.green' }
          : { id: 'type-hierarchy' },
      contextValue: networkContextValue(n),
      collapsible: attached.length ? 'collapsed' : 'none',
    },
    {
      tooltip: () =>
        networkTooltip(
          n,
          attached.map((a) => ({ name: a.container.name, ip: a.ip })),
          { nowMs: opts.nowMs },
        ),
      children: attached.length
        ? () =>
            attached.map((a) => {
              const node = containerNode(a.container, containerOpts, id);
              node.description = [a.ip, statusNow(a.container, opts.nowMs)].filter(Boolean).join(' · ');
              return node;
            })
        : undefined,
    },
  );
}

/** Networks (built-in ones marked, hideable) with their attached containers as children. */
export function buildNetworkTree(networks: readonly NetworkSummary[], opts: NetworkTreeOptions): TreeNode[] {
  const attachments = networkAttachments(networks, opts.containers);
  let list = networks.filter((n) => opts.state.showBuiltin || !n.builtin);
  if (opts.state.onlyWorkspace) {
    const projects = workspaceProjects(
      opts.containers.map((c) => c.labels),
      opts.workspaceFolders,
    );
    list = list.filter(
      (n) =>
        !n.builtin &&
        (belongsToWorkspace(n.labels, opts.workspaceFolders) || projects.has(n.labels[composeLabels.project] ?? '')),
    );
  }
  const sortBy = opts.settings.sortBy;
  list.sort(
    (a, b) =>
      Number(b.builtin) - Number(a.builtin) ||
      (sortBy === 'created'
        ? isoToUnix(b.created) - isoToUnix(a.created)
        : sortBy === 'driver'
          ? naturalCompare(a.driver, b.driver)
          : 0) ||
      naturalCompare(a.name, b.name),
  );
  const node = (n: NetworkSummary, parentId?: string) => networkNode(n, attachments.get(n.id) ?? [], opts, parentId);
  if (opts.settings.groupBy === 'none') return list.map((n) => node(n));
  return groupByDriverOrProject(list, opts.settings.groupBy, node);
}
