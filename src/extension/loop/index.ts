// The inner loop: Docker files for the workspace, tasks, debugging in a container, compose watch.
import * as vscode from 'vscode';
import type { ComposeRunner } from '../compose/runner';
import type { Services } from '../services';
import { registerDebug } from './debug';
import { registerScaffold } from './scaffold';
import { registerTasks } from './tasks';
import { ComposeWatch } from './watch';
import { composeFileOf, WatchLenses } from './watchLens';

const t = vscode.l10n.t;

export interface LoopApi {
  watch: ComposeWatch;
}

export function registerLoop(services: Services, runner: ComposeRunner): LoopApi {
  registerScaffold(services.context);
  const watch = new ComposeWatch(services, runner);
  services.context.subscriptions.push(
    watch,
    ...registerTasks(services),
    ...registerDebug(services),
    vscode.languages.registerCodeLensProvider({ language: 'dockercompose', scheme: 'file' }, new WatchLenses(watch)),
    vscode.commands.registerCommand('stevedore.watch.start', (arg?: unknown) => {
      const file = composeFileOf(arg);
      if (!file) {
        void vscode.window.showErrorMessage(t('Compose Watch needs a compose file: open one, or use its code lens.'));
        return false;
      }
      if (!vscode.workspace.isTrusted) {
        void vscode.window.showErrorMessage(t('Compose Watch runs the project: trust this workspace first.'));
        return false;
      }
      return watch.start(file);
    }),
    vscode.commands.registerCommand('stevedore.watch.stop', (arg?: unknown) => watch.stop(composeFileOf(arg))),
  );
  return { watch };
}
