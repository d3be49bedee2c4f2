import type { TreeNode } from './nodes';

/**
 * Text filter over a built tree: a leaf stays when its label, description or id contains every word of
 * the filter (case-insensitive); a group stays with all its children when the group itself matches,
 * otherwise with only the matching children, and disappears when none match.
 */
export function filterTree(nodes: TreeNode[], filter: string): TreeNode[] {
  if (!filter) return nodes;
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return nodes;
  return filterNodes(nodes, words);
}

function haystack(n: TreeNode): string {
  const extra =
    'record' in n && n.record && typeof n.record === 'object' && 'id' in n.record ? String(n.record.id) : '';
  return `${n.label}\u0000${n.description ?? ''}\u0000${extra}`.toLowerCase();
}

function filterNodes(nodes: TreeNode[], words: string[]): TreeNode[] {
  const out: TreeNode[] = [];
  for (const n of nodes) {
    const text = haystack(n);
    if (words.every((w) => text.includes(w))) {
      out.push(n);
    } else if (n.children && n.children.length > 0) {
      const kept = filterNodes(n.children, words);
      // tooltip and children may be getters on the node's prototype, which a spread does not copy
      if (kept.length > 0) out.push({ ...n, tooltip: n.tooltip, children: kept, collapsible: 'expanded' } as TreeNode);
    }
  }
  return out;
}
