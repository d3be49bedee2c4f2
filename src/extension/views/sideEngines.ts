// The Engines view's engines side by side: each context's node expands to its own containers, images, volumes and
// networks (src/core/tree/sideEngines.ts), followed by its own event stream until the node collapses.
import type * as vscode from 'vscode';
import { createEngine, resolveEndpoint } from '../../core/engine/index';
import type { ContextNode, TreeNode } from '../../core/tree/nodes';
import { SideEngines } from '../../core/tree/sideEngines';
import type { ExplorerTreeProvider } from './TreeProvider';

export function sideEngines(context: vscode.ExtensionContext, provider: () => ExplorerTreeProvider) {
  const shown = new Map<string, ContextNode>();
  const side = new SideEngines({
    engineOf: async (name) => createEngine(await resolveEndpoint({ context: name })),
    onChange: (name) => {
      const n = shown.get(name);
      if (n) provider().fire(n);
    },
  });
  context.subscriptions.push({ dispose: () => side.dispose() });
  return {
    children: (n: ContextNode): TreeNode[] => {
      shown.set(n.record.name, n);
      return side.children(n.record.name, n.id);
    },
    collapsed: (n: TreeNode): void => {
      if (n.kind !== 'context') return;
      shown.delete(n.record.name);
      side.close(n.record.name);
    },
  };
}
