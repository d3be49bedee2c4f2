import type { ContainerSummary, ContextInfo, ImageSummary, NetworkSummary, VolumeSummary } from '../engine/types';
import type { ContextValue } from './contextValues';

/** A codicon (`play-circle`) and an optional theme colour id (`charts.green`). */
export interface NodeIcon {
  id: string;
  color?: string;
}

export type Collapsible = 'none' | 'collapsed' | 'expanded';

/** What every node carries; the VS Code shell turns this into a TreeItem without further decisions. */
interface NodeBase {
  /** Stable and unique within its view (also used as TreeItem.id, so expansion state survives refreshes). */
  id: string;
  /** id of the parent node; undefined at the root. */
  parentId?: string;
  label: string;
  description?: string;
  /** Markdown. Fields that need an inspect (exit code, OOMKilled, arch) are added by resolveTooltip on hover. */
  tooltip?: string;
  icon: NodeIcon;
  contextValue: ContextValue;
  collapsible: Collapsible;
  children?: TreeNode[];
}

export interface ContainerNode extends NodeBase {
  kind: 'container';
  record: ContainerSummary;
}
export interface ImageNode extends NodeBase {
  kind: 'image';
  record: ImageSummary;
  /** the repo:tag this item stands for (an image with three tags is three items); undefined when dangling */
  tag?: string;
  /** number of containers (any state) created from this image */
  usedBy: number;
}
export interface VolumeNode extends NodeBase {
  kind: 'volume';
  record: VolumeSummary;
  usedBy: string[];
}
export interface NetworkNode extends NodeBase {
  kind: 'network';
  record: NetworkSummary;
}
export interface ContextNode extends NodeBase {
  kind: 'context';
  record: ContextInfo;
}

export interface ComposeProjectRecord {
  name: string;
  workingDir?: string;
  configFiles: string[];
  containers: ContainerSummary[];
}
export interface ComposeProjectNode extends NodeBase {
  kind: 'composeProject';
  record: ComposeProjectRecord;
  children: TreeNode[];
}
export interface ImageRepoNode extends NodeBase {
  kind: 'imageRepo';
  record: { repository: string; images: ImageSummary[] };
  children: TreeNode[];
}
/** A grouping by some other property (state, driver, ...) chosen in settings. */
export interface GroupNode extends NodeBase {
  kind: 'group';
  record: { by: string; value: string };
  children: TreeNode[];
}
/** An informational line, e.g. "No containers match “web”". */
export interface MessageNode extends NodeBase {
  kind: 'message';
  record: { text: string };
}

export type TreeNode =
  | ContainerNode
  | ImageNode
  | VolumeNode
  | NetworkNode
  | ContextNode
  | ComposeProjectNode
  | ImageRepoNode
  | GroupNode
  | MessageNode;

export type NodeKind = TreeNode['kind'];

/**
 * What a node builds when first read: its markdown tooltip (only the few hovered or snapshotted items need one)
 * and its children (a view asks for a group's items when it shows them; a collapsed group's only once expanded).
 * Getters on a shared prototype: thousands of nodes keep one shape, where an object literal with a getter of its
 * own becomes a slow dictionary-mode object each.
 */
class Deferred {
  #tooltip: string | (() => string) | undefined;
  #children: TreeNode[] | (() => TreeNode[]) | undefined;

  constructor(tooltip: string | (() => string) | undefined, children: (() => TreeNode[]) | undefined) {
    this.#tooltip = tooltip;
    this.#children = children;
  }

  get tooltip(): string | undefined {
    if (typeof this.#tooltip === 'function') this.#tooltip = this.#tooltip();
    return this.#tooltip;
  }

  get children(): TreeNode[] | undefined {
    if (typeof this.#children === 'function') this.#children = this.#children();
    return this.#children;
  }
}

/** `node` with a tooltip and/or children built on first read (see Deferred). */
export function deferred<N extends TreeNode>(
  node: Omit<N, 'tooltip' | 'children'>,
  parts: { tooltip?: string | (() => string); children?: () => TreeNode[] },
): N {
  return Object.assign(new Deferred(parts.tooltip, parts.children), node) as unknown as N;
}

/** Depth-first walk over nodes and their children. */
export function* walk(nodes: readonly TreeNode[]): Generator<TreeNode> {
  for (const n of nodes) {
    yield n;
    if (n.children) yield* walk(n.children);
  }
}

/** Plain-data view of a tree (for tests and the extension API): no records, only what the user sees. */
export interface NodeSnapshot {
  id: string;
  kind: NodeKind;
  label: string;
  description?: string;
  tooltip?: string;
  icon: NodeIcon;
  contextValue: string;
  children?: NodeSnapshot[];
}

export function snapshot(nodes: readonly TreeNode[]): NodeSnapshot[] {
  return nodes.map((n) => ({
    id: n.id,
    kind: n.kind,
    label: n.label,
    description: n.description,
    tooltip: n.tooltip,
    icon: n.icon,
    contextValue: n.contextValue,
    ...(n.children ? { children: snapshot(n.children) } : {}),
  }));
}
