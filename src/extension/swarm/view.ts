// The Swarm view: shown while the window's engine is a swarm manager (context key stevedore.swarm.manager); one
// SwarmModel per engine, fed by the window's event stream once the view (or a stack's code lens) first needs it.
import * as vscode from 'vscode';
import { swarmReads } from '../../core/engine/swarm';
import type { Engine } from '../../core/engine/index';
import { SwarmModel, type SwarmSnapshot } from '../../core/swarm/model';
import {
  swarmChildren,
  swarmContextValue,
  swarmNodeId,
  type SwarmTreeContext,
  type SwarmTreeNode,
} from '../../core/swarm/tree';
import { swarmItemText } from '../../core/swarm/treeText';
import type { Services } from '../services';

const MANAGER_KEY = 'stevedore.swarm.manager';

export interface SwarmState {
  localState: string;
  manager: boolean;
  nodeId: string;
}

export class SwarmView implements vscode.TreeDataProvider<SwarmTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SwarmTreeNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly snapshotChanged = new vscode.EventEmitter<SwarmSnapshot>();
  /** fires after every reload of the model (views, lenses, tests) */
  readonly onDidChangeSnapshot = this.snapshotChanged.event;
  private model: SwarmModel;
  private wanted = false;
  private loaded?: Promise<void>;
  private readonly subs: vscode.Disposable[] = [];
  private readonly parents = new Map<string, SwarmTreeNode>();
  readonly treeView: vscode.TreeView<SwarmTreeNode>;
  state: SwarmState = { localState: 'inactive', manager: false, nodeId: '' };

  constructor(private readonly services: Services) {
    this.model = this.modelFor(services.engine);
    this.treeView = vscode.window.createTreeView('stevedore.swarm', { treeDataProvider: this, showCollapseAll: true });
    this.subs.push(
      this.treeView,
      this.changed,
      this.snapshotChanged,
      this.treeView.onDidChangeVisibility((e) => e.visible && void this.ensureLoaded()),
      services.monitor.onEvent((e) => {
        // joining, leaving or being promoted shows up as node events on this engine
        if (e.type === 'node' && (!this.state.manager || e.attributes.name === this.state.nodeId))
          void this.checkState();
        if (this.wanted) this.model.handleEvent(e);
      }),
      services.monitor.onHealth((h) => h.state === 'connected' && void this.checkState()),
      services.onDidChangeEngine((engine) => {
        this.model.dispose();
        this.model = this.modelFor(engine);
        this.loaded = undefined;
        void this.checkState();
      }),
    );
    void this.checkState();
  }

  get snapshot(): SwarmSnapshot {
    return this.model.snapshot;
  }

  /** Re-read whether this engine is a swarm manager (after init/leave, on connect) and load if it is wanted. */
  async checkState(): Promise<SwarmState> {
    try {
      const s = await swarmReads(this.services.engine).state();
      this.state = { localState: s.localState, manager: s.controlAvailable, nodeId: s.nodeId };
    } catch {
      this.state = { localState: 'inactive', manager: false, nodeId: '' };
    }
    await vscode.commands.executeCommand('setContext', MANAGER_KEY, this.state.manager);
    if (this.state.manager && (this.wanted || this.treeView.visible)) await this.reload();
    else this.changed.fire(undefined);
    return this.state;
  }

  /** Start following (first show of the view, a lens, a command); resolves once the first load is done. */
  ensureLoaded(): Promise<void> {
    this.wanted = true;
    if (!this.state.manager) return Promise.resolve();
    this.loaded ??= this.model.load();
    return this.loaded;
  }

  reload(): Promise<void> {
    this.wanted = true;
    this.loaded = this.model.load();
    return this.loaded;
  }

  getTreeItem(n: SwarmTreeNode): vscode.TreeItem {
    const text = swarmItemText(this.context(), n);
    // Nodes and Services open at first; stacks, services (many tasks) and the rest start collapsed
    const open = n.kind === 'swarmSection' && (n.section === 'nodes' || n.section === 'services');
    const item = new vscode.TreeItem(
      text.label,
      !text.collapsible
        ? vscode.TreeItemCollapsibleState.None
        : open
          ? vscode.TreeItemCollapsibleState.Expanded
          : vscode.TreeItemCollapsibleState.Collapsed,
    );
    item.id = swarmNodeId(n);
    item.description = text.description;
    if (text.tooltip) item.tooltip = new vscode.MarkdownString(text.tooltip);
    item.contextValue = swarmContextValue(n);
    if (text.icon)
      item.iconPath = new vscode.ThemeIcon(
        text.icon,
        text.problem ? new vscode.ThemeColor('problemsWarningIcon.foreground') : undefined,
      );
    return item;
  }

  getParent(n: SwarmTreeNode): SwarmTreeNode | undefined {
    return this.parents.get(swarmNodeId(n));
  }

  async getChildren(n?: SwarmTreeNode): Promise<SwarmTreeNode[]> {
    if (!this.state.manager) return [];
    await this.ensureLoaded();
    const children = swarmChildren(this.context(), n);
    if (n) for (const c of children) this.parents.set(swarmNodeId(c), n);
    return children;
  }

  dispose(): void {
    this.model.dispose();
    for (const s of this.subs) s.dispose();
  }

  private context(): SwarmTreeContext {
    return { snapshot: this.model.snapshot, selfNodeId: this.state.nodeId };
  }

  private modelFor(engine: Engine): SwarmModel {
    const model = new SwarmModel(swarmReads(engine), { debounceMs: 50, settlePollMs: 1000 });
    model.onChange((s) => {
      this.changed.fire(undefined);
      this.snapshotChanged.fire(s);
    });
    model.onError((e) => this.services.output.warn(`swarm: ${e.message}`));
    return model;
  }
}
