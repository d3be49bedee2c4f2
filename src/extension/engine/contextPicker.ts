// Pick the context this window talks to. Stored in the window's workspace state; `docker context use` is never run,
// so terminals and other windows keep the CLI's current context.
import * as vscode from 'vscode';
import { listContexts, type ContextInfo } from '../../core/engine/index';
import { ENGINE_HOST_SETTING, type Services } from '../services';

interface Pick extends vscode.QuickPickItem {
  contextName?: string;
  follow?: boolean;
}

export async function pickContextForWindow(services: Services): Promise<void> {
  let contexts: ContextInfo[];
  try {
    contexts = await listContexts();
  } catch (e) {
    void vscode.window.showErrorMessage(
      vscode.l10n.t('Cannot read the Docker contexts: {0}', e instanceof Error ? e.message : String(e)),
    );
    return;
  }
  const chosen = services.windowContext;
  const items: Pick[] = [
    {
      label: `${chosen ? '' : '$(check) '}${vscode.l10n.t("Follow Docker's choice")}`,
      description: vscode.l10n.t('DOCKER_HOST, DOCKER_CONTEXT or the CLI current context'),
      follow: true,
    },
    { label: vscode.l10n.t('Contexts'), kind: vscode.QuickPickItemKind.Separator },
    ...contexts.map((c): Pick => ({
      label: `${c.name === chosen ? '$(check) ' : ''}${c.name}`,
      description: c.host + (c.current ? `  ${vscode.l10n.t('(CLI current)')}` : ''),
      detail: c.description,
      contextName: c.name,
    })),
  ];
  const pick = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Docker context for this window'),
    placeHolder: vscode.l10n.t('Only this window changes; the Docker CLI keeps its current context'),
    matchOnDescription: true,
  });
  if (!pick) return;
  await services.setWindowContext(pick.follow ? undefined : pick.contextName);
  if (vscode.workspace.getConfiguration().get<string>(ENGINE_HOST_SETTING)) {
    const open = vscode.l10n.t('Open Setting');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('The {0} setting is set and takes precedence over contexts.', ENGINE_HOST_SETTING),
      open,
    );
    if (answer === open) await vscode.commands.executeCommand('workbench.action.openSettings', ENGINE_HOST_SETTING);
  }
}
