// Which items a command acts on: tree nodes (clicked + multi-selection, groups and compose projects
// expanded to their members) filtered by whether the verb applies to each (the regex its menu uses).
import type { ContainerSummary, ImageSummary, NetworkSummary, VolumeSummary } from '../engine/types';
import {
  containerContextValue,
  imageContextValue,
  networkContextValue,
  volumeContextValue,
  type ContextValue,
} from '../tree/contextValues';
import type { TreeNode } from '../tree/nodes';
import type { CommandSpec as CommandMeta } from './table/index';

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
    case 'container':
      return [{ kind: 'container', id: node.record.id, name: node.record.name, record: node.record }];
    case 'image':
      return [
        {
          kind: 'image',
          id: node.record.id,
          name: node.tag ?? node.record.repoTags[0] ?? `<none> ${shortId(node.record.id)}`,
          record: node.record,
          tag: node.tag,
        },
      ];
    case 'volume':
      return [{ kind: 'volume', id: node.record.name, name: node.record.name, record: node.record }];
    case 'network':
      return [{ kind: 'network', id: node.record.id, name: node.record.name, record: node.record }];
    case 'composeProject':
      return node.record.containers.map((c) => ({ kind: 'container' as const, id: c.id, name: c.name, record: c }));
    case 'group':
    case 'imageRepo':
      return (node.children ?? []).flatMap(fromNode);
    default:
      return [];
  }
}

/** The contextValue the target's tree item carries (a picked image without a tag counts as dangling: nothing to push). */
export function targetContextValue(target: Target): ContextValue {
  switch (target.kind) {
    case 'container':
      return containerContextValue(target.record.state);
    case 'image':
      return imageContextValue({ dangling: target.record.dangling || !target.tag });
    case 'volume':
      return volumeContextValue(target.record);
    case 'network':
      return networkContextValue(target.record);
  }
}

/** Whether `meta` may act on `target`: the `viewItem` regex of its menu entry, on the target's contextValue. */
export function applies(meta: CommandMeta, target: Target): boolean {
  if (target.kind !== meta.target) return false;
  return !meta.item || new RegExp(meta.item.viewItem).test(targetContextValue(target));
}

export function isNode(v: unknown): v is TreeNode {
  return !!v && typeof v === 'object' && 'kind' in v && 'record' in v;
}

/** VS Code passes (clicked node, selected nodes) from a tree; undefined means "from the palette". */
export function targetsFromArgs(meta: CommandMeta, args: readonly unknown[]): Target[] | undefined {
  const [first, second] = args;
  if (!isNode(first)) return undefined;
  const selection =
    Array.isArray(second) && second.every(isNode) && second.includes(first) ? (second as TreeNode[]) : [first];
  const seen = new Set<string>();
  return selection
    .flatMap(fromNode)
    .filter((x) => x.kind === meta.target && applies(meta, x) && !seen.has(x.id) && !!seen.add(x.id));
}

const stateOrder: Record<string, number> = { running: 0, restarting: 1, paused: 2, created: 3, exited: 4, dead: 5 };

export interface EngineLists {
  containers?: readonly ContainerSummary[];
  images?: readonly ImageSummary[];
  volumes?: readonly VolumeSummary[];
  networks?: readonly NetworkSummary[];
}

/** What the palette offers for `meta`: one entry per container / image tag / volume / network its menu would show on. */
export function pickerCandidates(meta: CommandMeta, lists: EngineLists): Target[] {
  let all: Target[] = [];
  switch (meta.target) {
    case 'container':
      all = [...(lists.containers ?? [])]
        .sort((a, b) => (stateOrder[a.state] ?? 9) - (stateOrder[b.state] ?? 9) || a.name.localeCompare(b.name))
        .map((c) => ({ kind: 'container', id: c.id, name: c.name, record: c }));
      break;
    case 'image':
      all = (lists.images ?? []).flatMap((i): Target[] =>
        (i.repoTags.length ? i.repoTags : [undefined]).map((tag) => ({
          kind: 'image',
          id: i.id,
          name: tag ?? `<none> ${shortId(i.id)}`,
          record: i,
          tag,
        })),
      );
      break;
    case 'volume':
      all = (lists.volumes ?? []).map((v) => ({ kind: 'volume', id: v.name, name: v.name, record: v }));
      break;
    case 'network':
      all = (lists.networks ?? []).map((n) => ({ kind: 'network', id: n.id, name: n.name, record: n }));
      break;
    case 'none':
      return [];
  }
  return all.filter((c) => applies(meta, c));
}
