// Adapts the core tree model to a TreeDataProvider: every decision (labels, icons, contextValue) is made in core.
import * as vscode from 'vscode';
import type { Engine } from '../../core/engine/engine';
import type { ExplorerModel } from '../../core/tree/model';
import { walk, type ContextNode, type TreeNode } from '../../core/tree/nodes';
import type { ViewName } from '../../core/tree/refreshPolicy';
import { md } from '../../core/tree/format';
import { resolveTooltip } from '../../core/tree/resolveTooltip';
import { contextTooltip } from '../../core/tree/tooltips';
import { createEngine, resolveEndpoint, type EngineVersion } from '../../core/engine/index';
import type { ExplorerItem, FileTree } from '../files/tree';

const collapsible = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
} as const;

export class ExplorerTreeProvider implements vscode.TreeDataProvider<ExplorerItem>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<ExplorerItem | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private indexed: TreeNode[] | undefined;
  private readonly index = new Map<string, TreeNode>();

  constructor(
    private readonly view: ViewName,
    private readonly model: ExplorerModel,
    private readonly engine: () => Engine,
    /** the files under containers and volumes */
    private readonly files?: FileTree,
    /** the Engines view: each engine's own resources under its node */
    private readonly side?: (n: ContextNode) => TreeNode[],
  ) {
    files?.onDidChange((c) => c.view === view && this.changed.fire(c.item));
  }

  /** The model changed this view's data (or the engine's health changed); `item`: only that item's children. */
  fire(item?: ExplorerItem): void {
    this.changed.fire(item);
  }

  async getChildren(element?: ExplorerItem): Promise<ExplorerItem[]> {
    if (element && this.files && (element.kind === 'file' || this.files.rootOf(this.view, element))) {
      return this.files.children(this.view, element);
    }
    if (element?.kind === 'context' && this.side) return this.side(element);
    if (element) return (element.kind !== 'file' && element.children) || [];
    if (!this.model.isLoaded(this.view)) await this.model.setVisible(this.view, true);
    const shown = this.model.presentation(this.view);
    // welcome: an empty tree lets the welcome view (reason + Retry) show instead of something that looks like "no containers"
    if (shown.show === 'welcome') return [];
    if (shown.show === 'error') {
      return [
        {
          kind: 'message',
          record: { text: shown.message },
          id: `error:${this.view}`,
          label: shown.message,
          icon: { id: 'error', color: 'errorForeground' },
          contextValue: 'message',
          collapsible: 'none',
        },
      ];
    }
    return this.model.getTree(this.view);
  }

  /** The tooltip is left undefined: resolveTreeItem fills it on hover (VS Code resolves only what is undefined here). */
  getTreeItem(n: ExplorerItem): vscode.TreeItem {
    if (n.kind === 'file') {
      // getChildren yields file nodes only from this.files
      if (!this.files) throw new Error(`file node ${n.id} without a file tree`);
      return this.files.treeItem(n);
    }
    const item = new vscode.TreeItem(
      n.label,
      this.files?.rootOf(this.view, n) || (n.kind === 'context' && this.side)
        ? collapsible.collapsed
        : collapsible[n.collapsible],
    );
    item.id = n.id;
    item.description = n.description;
    item.contextValue = n.contextValue;
    item.iconPath = themeIcon(n.icon.id, n.icon.color);
    // the entry in use says its engine's state in its description ("unreachable: …"): screen readers hear it too
    if (n.kind === 'context') item.accessibilityInformation = { label: `${n.label}, ${n.description ?? ''}` };
    return item;
  }

  getParent(n: ExplorerItem): ExplorerItem | undefined {
    if (n.kind === 'file') return this.files?.parent(n) ?? this.find(n.parentId);
    return n.parentId ? this.find(n.parentId) : undefined;
  }

  /**
   * On hover: the summary tooltip, then what only the engine knows about this one item (a container's exit code,
   * OOMKilled, restart count and size; an image's platform; another context's engine).
   */
  async resolveTreeItem(
    item: vscode.TreeItem,
    n: ExplorerItem,
    token: vscode.CancellationToken,
  ): Promise<vscode.TreeItem> {
    if (n.kind === 'file') return item;
    // the summary stays when the engine does not answer or the item has just been removed
    if (n.tooltip) item.tooltip = markdown(n.tooltip);
    try {
      if (n.kind === 'context' && n.contextValue !== 'context:current') {
        const probe = await probeContext(n.record.name);
        if (token.isCancellationRequested) return item;
        item.tooltip = markdown(
          'version' in probe
            ? contextTooltip(n.record, false, probe.version)
            : `${contextTooltip(n.record, false)}  \n**Engine:** not answering (${md(probe.error)})`,
        );
        return item;
      }
      const full = await resolveTooltip(this.engine(), n, { publishHost: this.model.viewTrees.endpoint.publishHost });
      if (full && !token.isCancellationRequested) item.tooltip = markdown(full);
    } catch {
      // the summary tooltip stays
    }
    return item;
  }

  /** A node of the current tree by id (reveal's parent chain). Indexed on first use after each change, not per refresh. */
  find(id: string): TreeNode | undefined {
    const t = this.model.getTree(this.view);
    if (t !== this.indexed) {
      this.index.clear();
      for (const n of walk(t)) this.index.set(n.id, n);
      this.indexed = t;
    }
    return this.index.get(id);
  }

  dispose(): void {
    this.changed.dispose();
  }
}

const icons = new Map<string, vscode.ThemeIcon>();

/** ThemeIcons are immutable: one per codicon and colour, shared by every item that shows it. */
function themeIcon(id: string, color: string | undefined): vscode.ThemeIcon {
  const key = color ? `${id}\u0000${color}` : id;
  let icon = icons.get(key);
  if (!icon) icons.set(key, (icon = new vscode.ThemeIcon(id, color ? new vscode.ThemeColor(color) : undefined)));
  return icon;
}

function markdown(text: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(text);
  md.supportThemeIcons = false;
  return md;
}

type Probe = { version: EngineVersion } | { error: string };
const probes = new Map<string, { at: number; result: Promise<Probe> }>();
const probeTtlMs = 60_000;
const probeTimeoutMs = 5_000;

/** Version/OS/arch of another context's engine for its tooltip: one short-lived connection, cached for a minute. */
function probeContext(name: string): Promise<Probe> {
  const cached = probes.get(name);
  if (cached && Date.now() - cached.at < probeTtlMs) return cached.result;
  const result = (async (): Promise<Probe> => {
    const engine = createEngine(await resolveEndpoint({ context: name }));
    try {
      const timeout = new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`no answer within ${probeTimeoutMs / 1000} s`)), probeTimeoutMs).unref?.(),
      );
      return { version: await Promise.race([engine.version(), timeout]) };
    } finally {
      engine.dispose();
    }
  })().catch((e: unknown) => ({ error: e instanceof Error ? e.message : String(e) }));
  probes.set(name, { at: Date.now(), result });
  return result;
}
