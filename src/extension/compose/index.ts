// Compose in the shell: commands, service code lenses, the merged-config view. Registered from activate().
import * as vscode from 'vscode';
import type { Services } from '../services';
import { ServiceLenses } from './codeLens';
import { registerComposeCommands } from './commands';
import { ConfigDocuments } from './configView';
import { ComposeRunner } from './runner';
import { watchComposeFiles } from './workspaceKey';

export interface ComposeApi {
  lenses: ServiceLenses;
  runner: ComposeRunner;
}

export function registerCompose(services: Services): ComposeApi {
  const runner = new ComposeRunner(() => services.engine.endpoint);
  const configs = new ConfigDocuments(runner);
  const lenses = new ServiceLenses(services);
  services.context.subscriptions.push(
    runner,
    configs,
    lenses,
    watchComposeFiles(),
    vscode.languages.registerCodeLensProvider({ language: 'dockercompose', scheme: 'file' }, lenses),
    ...registerComposeCommands(services, runner, configs),
  );
  return { lenses, runner };
}
