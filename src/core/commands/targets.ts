// Which items a command acts on: tree nodes (clicked + multi-selection, groups and compose projects
// expanded to their members) filtered by whether the verb applies to each (the regex its menu uses).
import type { ContainerSummary, ImageSummary, NetworkSummary, VolumeSummary } from '../engine/types';
import type { TreeNode } from '../tree/nodes';
import type { CommandMeta } from './catalog';

export type Target =
  | { kind: 'container'; id: string; name: string; record: ContainerSummary }
  | { kind: 'image'; id: string; name: string; record: ImageSummary; tag?: string }
  | { kind: 'volume'; id: string; name: string; record: VolumeSummary }
  | { kind: 'network'; id: string; name: string; record: NetworkSummary };

export type TargetOf<K extends Target['kind']> = Extract<Target, { kind: K }>;

export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

export function fromNode(node: TreeNode): Target[] {
  switch (node.kind) {
    case 'container': return [{ kind: 'container', id: node.record.id, name: node.record.name, record: node.record }];
    case 'image': return [{ kind: 'image', id: node.record.id, name: node.tag ?? node.record.repoTags[0] ?? `<none> ${shortId(node.record.id)}`, record: node.record, tag: node.tag }];
    case 'volume': return [{ kind: 'volume', id: node.record.name, name: node.record.name, record: node.record }];
    case 'network': return [{ kind: 'network', id: node.record.id, name: node.record.name, record: node.record }];
    case 'composeProject':
      return node.record.containers.map((c) => ({ kind: 'container' as const, id: c.id, name: c.name, record: c }));
    case 'group':
    case 'imageRepo':
      return (node.children ?? []).flatMap(fromNode);
    default:
      return [];
  }
}

/** Whether `meta` may act on `target` (for containers: the same regex its menu uses, on the state). */
export function applies(meta: CommandMeta, target: Target): boolean {
  if (target.kind !== meta.target) return false;
  if (target.kind !== 'container' || !meta.item) return true;
  return new RegExp(meta.item.viewItem).test(`container:${target.record.state}`);
}

export function isNode(v: unknown): v is TreeNode {
  return !!v && typeof v === 'object' && 'kind' in v && 'record' in v;
}

/** VS Code passes (clicked node, selected nodes) from a tree; undefined means "from the palette". */
export function targetsFromArgs(meta: CommandMeta, args: readonly unknown[]): Target[] | undefined {
  const [first, second] = args;
  if (!isNode(first)) return undefined;
  const selection = Array.isArray(second) && second.every(isNode) && second.includes(first) ? (second as TreeNode[]) : [first];
  const seen = new Set<string>();
  return selection.flatMap(fromNode).filter((x) => x.kind === meta.target && applies(meta, x) && !seen.has(x.id) && !!seen.add(x.id));
}
