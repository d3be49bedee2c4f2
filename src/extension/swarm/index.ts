// The Swarm part of the shell: the view, its commands, stack deploy/remove and the stacks' code lenses.
import * as vscode from 'vscode';
import { swarmCommands, type SwarmCommandId } from '../../core/commands/table/index';
import type { SwarmSnapshot } from '../../core/swarm/model';
import type { SwarmTreeNode } from '../../core/swarm/tree';
import { swarmItemText } from '../../core/swarm/treeText';
import { errorText } from '../commands/define';
import type { InspectDocuments } from '../commands/inspect';
import { LogViews } from '../commands/logs';
import type { Services } from '../services';
import { swarmVerbs } from './commands';
import { StackLenses, stackCommands } from './stack';
import { SwarmView, type SwarmState } from './view';

/** What extension-host tests can observe of the Swarm view. */
export interface SwarmApi {
  state(): Promise<SwarmState>;
  /** the view's rows under `parent` (label and description), loading first */
  rows(parent?: SwarmTreeNode): Promise<{ node: SwarmTreeNode; label: string; description: string; tooltip: string }[]>;
  readonly snapshot: SwarmSnapshot;
  /** resolves at the next reload of the model */
  nextChange(): Promise<SwarmSnapshot>;
  logLines(service: string): string[] | undefined;
  readonly visible: boolean;
  /** shows `node` in the view, expanded */
  reveal(node: SwarmTreeNode): Promise<void>;
}

export function registerSwarm(services: Services, docs: InspectDocuments): SwarmApi {
  const view = new SwarmView(services);
  const logs = new LogViews(services);
  const stacks = stackCommands(services, view);
  const handlers: Record<SwarmCommandId, (arg?: unknown, opts?: unknown) => PromiseLike<unknown>> = {
    ...swarmVerbs(services, view, logs, docs),
    'stevedore.stack.deploy': (arg, opts) => stacks.deploy(arg, (opts ?? {}) as Parameters<typeof stacks.deploy>[1]),
    'stevedore.stack.remove': (arg) => stacks.remove(arg),
  };
  const lenses = new StackLenses(services, view);
  services.context.subscriptions.push(
    view,
    lenses,
    vscode.languages.registerCodeLensProvider([{ language: 'dockercompose', scheme: 'file' }], lenses),
    ...swarmCommands.map((spec) =>
      vscode.commands.registerCommand(spec.id, async (arg?: unknown, opts?: unknown) => {
        try {
          await handlers[spec.id](arg, opts);
        } catch (e) {
          const what = spec.title.replace(/…$/, '');
          services.output.error(`${what}: ${errorText(e)}`);
          void vscode.window.showErrorMessage(
            errorText(e).startsWith(what) ? errorText(e) : `${what}: ${errorText(e)}`,
          );
          // tests and callers awaiting executeCommand see the failure too
          throw e;
        }
      }),
    ),
  );
  return {
    state: () => view.checkState(),
    rows: async (parent) => {
      const nodes = await view.getChildren(parent);
      return nodes.map((node) => {
        const item = view.getTreeItem(node);
        const text = swarmItemText({ snapshot: view.snapshot, selfNodeId: view.state.nodeId }, node);
        return { node, label: String(item.label), description: text.description, tooltip: text.tooltip };
      });
    },
    get snapshot() {
      return view.snapshot;
    },
    nextChange: () =>
      new Promise((resolve) => {
        const sub = view.onDidChangeSnapshot((s) => {
          sub.dispose();
          resolve(s);
        });
      }),
    logLines: (service) => logs.lines(`service ${service}`),
    get visible() {
      return view.treeView.visible;
    },
    reveal: async (node) => view.treeView.reveal(node, { expand: true, focus: false, select: true }),
  };
}
