// The tooltip of a hovered item: its summary plus what only the engine can say about that one item. Listing
// never asks for sizes (the engine would walk every container's writable layer); a hover asks for one.
import type { Engine } from '../engine/engine';
import type { TreeNode } from './nodes';
import { containerTooltip, imageTooltip, type TooltipOptions } from './tooltips';

/**
 * Markdown for `n` after one engine call: a container's exit code, OOMKilled, restart count and size (an inspect
 * with size=true), an image's platform. Undefined for kinds whose summary is all there is. Throws EngineError.
 */
export async function resolveTooltip(
  engine: Engine,
  n: TreeNode,
  opts: TooltipOptions = {},
): Promise<string | undefined> {
  switch (n.kind) {
    case 'container':
      return containerTooltip(n.record, await engine.inspectContainer(n.record.id, { size: true }), opts);
    case 'image':
      return imageTooltip(n.record, n.usedBy, await engine.inspectImage(n.record.id), opts);
    default:
      return undefined;
  }
}
