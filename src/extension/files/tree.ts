// The lazy file tree under each container (Containers view) and volume (Volumes view): listed on expand,
// sorted by the core, symlinks and docker diff markers shown, sizes and modes in tooltips.
import * as vscode from 'vscode';
import { containerChanges, type ChangeKind } from '../../core/engine/filesImages';
import type { FileNode, FileRoot } from '../../core/files/nodes';
import { fileNode, fileNodeId } from '../../core/files/nodes';
import { parentOf } from '../../core/files/paths';
import type { TreeNode } from '../../core/tree/nodes';
import type { ViewName } from '../../core/tree/refreshPolicy';
import type { Services } from '../services';
import { fileUri, rootOf, type DockerFileSystemProvider } from './provider';

export type ExplorerItem = TreeNode | FileNode;

const changesTtlMs = 10_000;

export class FileTree {
  private readonly nodes = new Map<string, FileNode>();
  private readonly changes = new Map<string, { at: number; value: Promise<Map<string, ChangeKind>> }>();
  private readonly changed = new vscode.EventEmitter<{ view: ViewName; item?: FileNode }>();
  /** a directory's listing changed (item undefined: the whole view, e.g. a top-level entry) */
  readonly onDidChange = this.changed.event;
  /** set by the views: drop files from the workspace or the OS onto a directory to upload them */
  dropController: (view: ViewName) => vscode.TreeDragAndDropController<ExplorerItem> | undefined = () => undefined;

  constructor(
    private readonly services: Services,
    readonly provider: DockerFileSystemProvider,
  ) {
    provider.onDidChangeFile((events) => {
      for (const e of events) this.refreshAround(e.uri);
    });
  }

  /** Re-lists the directory holding `uri`. */
  refreshAround(uri: vscode.Uri): void {
    const root = rootOf(uri);
    if (!root) return;
    this.changes.delete(root.name);
    const view: ViewName = root.kind === 'container' ? 'containers' : 'volumes';
    const dir = parentOf(uri.path);
    const item = dir === '/' ? undefined : this.nodes.get(fileNodeId(root, dir));
    this.changed.fire({ view, item });
  }

  /** Re-lists `item` (a directory node), or the whole view. */
  refresh(view: ViewName, item?: FileNode): void {
    if (item) this.changes.delete(item.root.name);
    this.changed.fire({ view, item });
  }

  /** The container and volume items that open onto their files. */
  rootOf(view: ViewName, n: ExplorerItem): FileRoot | undefined {
    if (n.kind === 'file') return undefined;
    if (view === 'containers' && n.kind === 'container') return { kind: 'container', name: n.record.id };
    if (view === 'volumes' && n.kind === 'volume') return { kind: 'volume', name: n.record.name };
    return undefined;
  }

  private diff(root: FileRoot): Promise<Map<string, ChangeKind>> {
    const cached = this.changes.get(root.name);
    if (cached && Date.now() - cached.at < changesTtlMs) return cached.value;
    const value = containerChanges(this.services.engine, root.name)
      .then((list) => new Map(list.map((c) => [c.path, c.kind])))
      .catch(() => new Map<string, ChangeKind>());
    this.changes.set(root.name, { at: Date.now(), value });
    return value;
  }

  /** Children of a container/volume item (its `/`) or of a directory node. */
  async children(view: ViewName, n: ExplorerItem): Promise<FileNode[]> {
    const root = n.kind === 'file' ? n.root : this.rootOf(view, n);
    if (!root) return [];
    const dir = n.kind === 'file' ? n.path : '/';
    const uri = fileUri(root, dir);
    const fs = await this.provider.fsOf(uri);
    const [entries, changes] = await Promise.all([
      fs.list(dir),
      root.kind === 'container' ? this.diff(root) : Promise.resolve(new Map<string, ChangeKind>()),
    ]);
    const nodes = entries.map((e) => {
      const path = dir === '/' ? `/${e.name}` : `${dir}/${e.name}`;
      return fileNode(root, dir, n.id, e, changes.get(path));
    });
    for (const c of nodes) this.nodes.set(c.id, c);
    return nodes;
  }

  parent(n: FileNode): FileNode | undefined {
    return this.nodes.get(n.parentId);
  }

  treeItem(n: FileNode): vscode.TreeItem {
    const item = new vscode.TreeItem(
      n.label,
      n.directory ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.id = n.id;
    item.description = n.description;
    item.contextValue = n.contextValue;
    item.resourceUri = fileUri(n.root, n.path);
    const color =
      n.change === 'A'
        ? 'gitDecoration.addedResourceForeground'
        : n.change === 'C'
          ? 'gitDecoration.modifiedResourceForeground'
          : undefined;
    item.iconPath = new vscode.ThemeIcon(n.icon, color ? new vscode.ThemeColor(color) : undefined);
    const tip = new vscode.MarkdownString(n.tooltip);
    tip.supportThemeIcons = false;
    item.tooltip = tip;
    if (!n.directory) item.command = { command: 'stevedore.files.open', title: 'Open', arguments: [n] };
    return item;
  }
}
