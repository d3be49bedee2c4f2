// Activation: builds one Services object and hands it to each part of the shell. Thin by design.
import * as vscode from 'vscode';
import { registerCommands, type CommandsApi } from './commands/index';
import { registerEngineUi } from './engine/index';
import { registerLanguageClient } from './language/index';
import { registerCompose, type ComposeApi } from './compose/index';
import { createServices, type Services } from './services';
import { registerViews, type ExplorerApi } from './views/index';
import { registerFiles } from './files/index';

export interface StevedoreApi {
  services: Services;
  /** plain-data snapshots of the explorer views (extension-host tests) */
  views: ExplorerApi['views'];
  explorer: ExplorerApi;
  /** what the commands show (log views), for extension-host tests */
  commands: CommandsApi;
  /** the compose runner (its finished runs) and code lenses, for extension-host tests */
  compose: ComposeApi;
}

export async function activate(context: vscode.ExtensionContext): Promise<StevedoreApi> {
  const services = await createServices(context);
  registerEngineUi(services);
  const files = registerFiles(services);
  const explorer = registerViews(services, files);
  const commands = registerCommands(services, files);
  registerLanguageClient(services);
  const compose = registerCompose(services);
  return { services, views: explorer.views, explorer, commands, compose };
}

export function deactivate(): void {
  // disposables are registered on context.subscriptions
}
