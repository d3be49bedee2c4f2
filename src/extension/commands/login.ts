// Registry log in / log out through the docker CLI (its credential helpers store the secret; the Engine API
// keeps none). The password goes to the CLI's stdin: never into argv, a shell string or a log.
import * as vscode from 'vscode';
import { inputStep } from './quickInput';
import { CliNotFoundError, cliEnv, runCli } from '../../core/commands/dockerCli';
import { loginArgv, logoutArgv, redact } from '../../core/commands/registry';
import type { Services } from '../services';
import type { Registrations } from './registry';

const t = vscode.l10n.t;
const lastRegistryKey = 'stevedore.registry.last';

/** Runs the docker CLI against this window's engine; the secret, if any, goes to stdin. */
export async function runDockerCli(
  services: Services,
  argv: string[],
  stdin?: string,
): Promise<{ code: number; output: string }> {
  try {
    return await runCli('docker', argv, { env: cliEnv(services.engine.endpoint), stdin });
  } catch (e) {
    if (e instanceof CliNotFoundError)
      throw new Error(t('The docker CLI was not found on PATH; it is needed to store registry credentials.'));
    throw e;
  }
}

export function loginCommands(
  services: Services,
): Registrations<'stevedore.registry.login' | 'stevedore.registry.logout'> {
  const state = services.context.globalState;
  return {
    'stevedore.registry.login': {
      run: async (_c, _t, node) => {
        const steps = { totalSteps: 3 };
        const server = await inputStep({
          title: t('Log in: registry'),
          value: registryHost(node) ?? state.get<string>(lastRegistryKey, ''),
          prompt: t('Registry host, e.g. ghcr.io (empty: Docker Hub)'),
          step: 1,
          ...steps,
        });
        if (server === undefined) return;
        const username = await inputStep({
          title: t('Log in to {0}: user name', server || 'Docker Hub'),
          ignoreFocusOut: true,
          step: 2,
          ...steps,
        });
        if (!username) return;
        const password = await inputStep({
          title: t('Log in to {0}: password or access token', server || 'Docker Hub'),
          password: true,
          ignoreFocusOut: true,
          step: 3,
          ...steps,
        });
        if (!password) return;
        const argv = loginArgv(username, server);
        const res = await vscode.window.withProgress(
          { location: vscode.ProgressLocation.Notification, title: t('Logging in to {0}…', server || 'Docker Hub') },
          () => runDockerCli(services, argv, `${password}\n`),
        );
        const output = redact(res.output, password).trim();
        services.output.info(`docker ${argv.join(' ')} → exit ${res.code}: ${output}`);
        if (res.code !== 0)
          throw new Error(
            t('Log in to {0} failed: {1}', server || 'Docker Hub', output || t('exit code {0}', res.code)),
          );
        await state.update(lastRegistryKey, server);
        void vscode.commands.executeCommand('stevedore.registry.refresh'); // the Registries view lists what it may see now
        void vscode.window.showInformationMessage(t('Logged in to {0} as {1}.', server || 'Docker Hub', username));
      },
    },
    'stevedore.registry.logout': {
      run: async (_c, _t, node) => {
        const server = await vscode.window.showInputBox({
          title: t('Log out of registry'),
          value: registryHost(node) ?? state.get<string>(lastRegistryKey, ''),
          prompt: t('Registry host (empty: Docker Hub)'),
        });
        if (server === undefined) return;
        const res = await runDockerCli(services, logoutArgv(server));
        services.output.info(`docker logout ${server} → exit ${res.code}: ${res.output.trim()}`);
        if (res.code !== 0) throw new Error(t('Log out of {0} failed: {1}', server || 'Docker Hub', res.output.trim()));
        void vscode.commands.executeCommand('stevedore.registry.refresh');
        void vscode.window.showInformationMessage(t('Logged out of {0}.', server || 'Docker Hub'));
      },
    },
  };
}

/** The host of a Registries view node the command was invoked on ('' for Docker Hub: the CLI's default). */
function registryHost(node: unknown): string | undefined {
  const n = node as { kind?: string; host?: string } | undefined;
  if (n?.kind !== 'registry' || typeof n.host !== 'string') return undefined;
  return n.host === 'docker.io' ? '' : n.host;
}
