// The grouping the Volumes and Networks views share: under a node per driver or compose project.
import { naturalCompare } from './format';
import { deferred, type GroupNode, type TreeNode } from './nodes';
import { composeLabels } from './workspace';
import { listAt } from '../listMap';

/**
 * Group nodes (`group:<by>:<value>`, in natural order, expanded) holding the items with that driver or compose
 * project, then the items that have none. `node(item, parentId)` makes an item's node, under its group or at the top.
 */
export function groupByDriverOrProject<T extends { driver: string; labels: Record<string, string> }>(
  list: readonly T[],
  by: 'driver' | 'composeProject',
  node: (item: T, parentId?: string) => TreeNode,
): TreeNode[] {
  const groups = new Map<string, T[]>();
  const loose: T[] = [];
  for (const item of list) {
    const key = by === 'driver' ? item.driver : item.labels[composeLabels.project];
    if (!key) loose.push(item);
    else listAt(groups, key).push(item);
  }
  const groupNodes = [...groups.entries()]
    .sort(([a], [b]) => naturalCompare(a, b))
    .map(([value, members]): GroupNode => {
      const id = `group:${by}:${value}`;
      return deferred<GroupNode>(
        {
          kind: 'group',
          record: { by, value },
          id,
          label: value,
          description: String(members.length),
          icon: { id: by === 'driver' ? 'server' : 'layers' },
          contextValue: 'group',
          collapsible: 'expanded',
        },
        { children: () => members.map((item) => node(item, id)) },
      );
    });
  return [...groupNodes, ...loose.map((item) => node(item))];
}
