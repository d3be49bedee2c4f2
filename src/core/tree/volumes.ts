import type { ContainerSummary, VolumeSummary } from '../engine/types';
import { volumeContextValue } from './contextValues';
import { humanAge, isoToUnix, naturalCompare, shortId } from './format';
import { groupByDriverOrProject } from './grouping';
import { deferred, type TreeNode, type VolumeNode } from './nodes';
import type { ViewState, VolumeSettings } from './settings';
import { volumeTooltip } from './tooltips';
import { belongsToWorkspace, composeLabels, workspaceProjects } from './workspace';
import { listAt } from '../listMap';

export interface VolumeTreeOptions {
  settings: VolumeSettings;
  state: Pick<ViewState, 'onlyWorkspace'>;
  workspaceFolders: readonly string[];
  containers: readonly ContainerSummary[];
  nowMs?: number;
}

/** volume name → names of the containers (any state) that mount it */
export function volumeUsage(containers: readonly ContainerSummary[]): Map<string, string[]> {
  const used = new Map<string, string[]>();
  for (const c of containers) {
    for (const m of c.mounts) {
      if (m.type !== 'volume' || !m.name) continue;
      const list = listAt(used, m.name);
      if (!list.includes(c.name)) list.push(c.name);
    }
  }
  for (const list of used.values()) list.sort();
  return used;
}

function volumeNode(v: VolumeSummary, usedBy: string[], opts: VolumeTreeOptions, parentId?: string): VolumeNode {
  const parts: string[] = v.anonymous ? ['anonymous'] : [];
  for (const field of opts.settings.description) {
    switch (field) {
      case 'driver':
        if (v.driver !== 'local') parts.push(v.driver);
        break;
      case 'inUse':
        parts.push(usedBy.length ? `in use by ${usedBy.join(', ')}` : 'unused');
        break;
      case 'created':
        if (v.createdAt) parts.push(humanAge(isoToUnix(v.createdAt), opts.nowMs));
        break;
    }
  }
  return deferred<VolumeNode>(
    {
      kind: 'volume',
      record: v,
      usedBy,
      id: `${parentId ? `${parentId}/` : ''}volume:${v.name}`,
      parentId,
      label: v.anonymous ? `${shortId(v.name)}…` : v.name,
      description: parts.join(' · '),
      icon: usedBy.length ? { id: 'database', color: 'charts.green' } : { id: 'database' },
      contextValue: volumeContextValue(v),
      collapsible: 'none',
    },
    { tooltip: () => volumeTooltip(v, usedBy, { nowMs: opts.nowMs }) },
  );
}

/** Volumes; anonymous ones (64-hex names) are labelled as such and sorted after named ones. */
export function buildVolumeTree(volumes: readonly VolumeSummary[], opts: VolumeTreeOptions): TreeNode[] {
  const usage = volumeUsage(opts.containers);
  let list = [...volumes];
  if (opts.state.onlyWorkspace) {
    // compose labels volumes with the project name only (no working dir): match through the workspace's containers
    const projects = workspaceProjects(
      opts.containers.map((c) => c.labels),
      opts.workspaceFolders,
    );
    list = list.filter(
      (v) =>
        belongsToWorkspace(v.labels, opts.workspaceFolders) ||
        projects.has(v.labels[composeLabels.project] ?? '') ||
        (usage.get(v.name) ?? []).some((name) =>
          opts.containers.some((c) => c.name === name && projects.has(c.composeProject ?? '')),
        ),
    );
  }
  list.sort(
    (a, b) =>
      Number(a.anonymous) - Number(b.anonymous) ||
      (opts.settings.sortBy === 'created' ? isoToUnix(b.createdAt) - isoToUnix(a.createdAt) : 0) ||
      naturalCompare(a.name, b.name),
  );
  const node = (v: VolumeSummary, parentId?: string) => volumeNode(v, usage.get(v.name) ?? [], opts, parentId);
  if (opts.settings.groupBy === 'none') return list.map((v) => node(v));
  return groupByDriverOrProject(list, opts.settings.groupBy, node);
}
