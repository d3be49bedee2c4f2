// Activation: builds one Services object and hands it to each part of the shell. Thin by design.
import * as vscode from 'vscode';
import { registerCommands, type CommandsApi } from './commands/index';
import { registerEngineUi } from './engine/index';
import { registerLanguageClient } from './language/index';
import { registerCompose, type ComposeApi } from './compose/index';
import { registerLoop, type LoopApi } from './loop/index';
import { createServices, type Services } from './services';
import { registerViews, type ExplorerApi } from './views/index';
import { registerFiles } from './files/index';
import { registerSwarm, type SwarmApi } from './swarm/index';

export interface StevedoreApi {
  services: Services;
  /** plain-data snapshots of the explorer views (extension-host tests) */
  views: ExplorerApi['views'];
  explorer: ExplorerApi;
  /** what the commands show (log views), for extension-host tests */
  commands: CommandsApi;
  /** the compose runner (its finished runs) and code lenses, for extension-host tests */
  compose: ComposeApi;
  /** compose watch (its channel's lines), for extension-host tests */
  loop: LoopApi;
  /** the Swarm view (its rows, model and service log views), for extension-host tests */
  swarm: SwarmApi;
}

export async function activate(context: vscode.ExtensionContext): Promise<StevedoreApi> {
  const services = await createServices(context);
  registerEngineUi(services);
  const files = registerFiles(services);
  const explorer = registerViews(services, files);
  const commands = registerCommands(services, files);
  registerLanguageClient(services);
  const compose = registerCompose(services);
  const loop = registerLoop(services, compose.runner);
  const swarm = registerSwarm(services, commands.docs);
  return { services, views: explorer.views, explorer, commands, compose, loop, swarm };
}

export function deactivate(): void {
  // disposables are registered on context.subscriptions
}
