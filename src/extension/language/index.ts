// The language client: starts dist/server.js over IPC for Dockerfiles and compose files, and provides
// the client-side commands the server's code actions invoke.
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { actionsFor } from '../../core/engine/actions';
import { registryCredentials } from '../commands/images';
import {
  COMPOSE_SECTION,
  ENGINE_CHANGED_METHOD,
  ENGINE_SECTION,
  LINT_SECTION,
  OPEN_RULE_DOCS_COMMAND,
  PULL_IMAGE_COMMAND,
  type EngineChangedParams,
  WORKSPACE_TRUST_METHOD,
  type WorkspaceTrustParams,
  BUILD_FORMS_CHANGED_COMMAND,
  BUILD_FORMS_METHOD,
  type BuildFormsParams,
} from '../../shared/lintProtocol';
import { formLintInputs } from '../../core/build/buildForm';
import { FORM_KEY_PREFIX } from '../build/formPick';
import { SERVER_EXEC_ARGV } from '../../shared/serverProcess';
import type { Services } from '../services';

export interface LanguageApi {
  client: LanguageClient;
}

export function registerLanguageClient(services: Services): LanguageApi {
  const { context } = services;
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
    debug: {
      module,
      transport: TransportKind.ipc,
      options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6019'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: 'dockerfile' }, { language: 'dockercompose' }],
    synchronize: {
      configurationSection: [LINT_SECTION, ENGINE_SECTION, COMPOSE_SECTION],
      fileEvents: vscode.workspace.createFileSystemWatcher(
        '**/{.hadolint.yaml,.hadolint.yml,.dockerignore,*.dockerignore}',
      ),
    },
    outputChannel: services.output,
    initializationOptions: { trusted: vscode.workspace.isTrusted } satisfies WorkspaceTrustParams,
  };
  const client = new LanguageClient('stevedore.lint', 'Stevedore Lint', serverOptions, clientOptions);

  const engineChanged = () => {
    const params: EngineChangedParams = { ...(services.windowContext ? { context: services.windowContext } : {}) };
    if (client.isRunning()) void client.sendNotification(ENGINE_CHANGED_METHOD, params);
  };
  // the remembered build forms: the lint reads the same build arguments and context as the build
  const buildForms = () => {
    const state = context.workspaceState;
    const forms = state
      .keys()
      .filter((k) => k.startsWith(FORM_KEY_PREFIX))
      .map((k) => formLintInputs(state.get(k)))
      .filter((f) => f !== undefined);
    if (client.isRunning()) void client.sendNotification(BUILD_FORMS_METHOD, { forms } satisfies BuildFormsParams);
  };
  context.subscriptions.push(
    client,
    services.onDidChangeEngine(engineChanged),
    vscode.commands.registerCommand(BUILD_FORMS_CHANGED_COMMAND, buildForms),
    vscode.workspace.onDidGrantWorkspaceTrust(() => {
      if (client.isRunning()) void client.sendNotification(WORKSPACE_TRUST_METHOD, { trusted: true });
    }),
    vscode.commands.registerCommand(OPEN_RULE_DOCS_COMMAND, (url: string) =>
      vscode.env.openExternal(vscode.Uri.parse(url)),
    ),
    vscode.commands.registerCommand(PULL_IMAGE_COMMAND, (ref: string) =>
      pullWithProgress(services, ref).then(engineChanged),
    ),
  );
  client.start().then(
    () => {
      engineChanged();
      buildForms();
    },
    (e: unknown) => services.output.error(`Stevedore language server failed to start: ${String(e)}`),
  );
  return { client };
}

async function pullWithProgress(services: Services, ref: string): Promise<void> {
  try {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Pulling {0}', ref), cancellable: true },
      async (progress, token) => {
        const abort = new AbortController();
        token.onCancellationRequested(() => abort.abort());
        const auth = await registryCredentials(services, ref, false);
        for await (const ev of actionsFor(services.engine).pullImage(ref, { signal: abort.signal, auth })) {
          if (ev.status) progress.report({ message: ev.id ? `${ev.id}: ${ev.status}` : ev.status });
        }
      },
    );
  } catch (e) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Could not pull {0}: {1}', ref, e instanceof Error ? e.message : String(e)),
    );
  }
}
