// The extension's view of the engine: context keys for the welcome view, the status bar item, and the engine commands.
import * as vscode from 'vscode';
import { engineCommands, type EngineCommandId } from '../../core/commands/table/index';
import { describeHealth, engineLabel, type EngineHealth } from '../../core/engine/index';
import type { Services } from '../services';
import { pickContextForWindow } from './contextPicker';
import { createEngineStatusBar } from './statusBar';

/** Context keys read by package.json `viewsWelcome` / `when` clauses. */
function setContextKeys(h: EngineHealth): void {
  const set = (key: string, value: unknown): void => {
    void vscode.commands.executeCommand('setContext', key, value);
  };
  set('stevedore.engine.state', h.state);
  set('stevedore.engine.errorKind', h.state === 'unreachable' ? h.kind : '');
  set('stevedore.engine.version', h.state === 'connected' ? engineLabel(h.version) : '');
}

async function showStatus(services: Services): Promise<void> {
  const h = services.monitor.health;
  const text = describeHealth(h, services.engine.endpoint);
  const oneLine = text.detail.replace(/\n/g, ' — ');
  if (h.state !== 'unreachable') {
    void vscode.window.showInformationMessage(oneLine);
    return;
  }
  const retry = vscode.l10n.t('Retry');
  const pick = vscode.l10n.t('Switch Context…');
  const log = vscode.l10n.t('Show Log');
  const answer = await vscode.window.showErrorMessage(oneLine, retry, pick, log);
  if (answer === retry) await services.reconnect();
  else if (answer === pick) await pickContextForWindow(services);
  else if (answer === log) services.output.show(true);
}

export function registerEngineUi(services: Services): void {
  setContextKeys(services.monitor.health);
  const keys = services.monitor.onHealth(setContextKeys);
  // stevedore.engines.use acts on Engines view items: registered with the view's commands
  const handlers: Record<Exclude<EngineCommandId, 'stevedore.engines.use'>, () => unknown> = {
    // re-resolve too: the user may have just created the missing context or started Podman
    'stevedore.engine.retry': () => services.reconnect(),
    'stevedore.engine.switchContext': () => pickContextForWindow(services),
    'stevedore.engine.showStatus': () => showStatus(services),
  };
  services.context.subscriptions.push(
    { dispose: () => keys.dispose() },
    createEngineStatusBar(services),
    ...engineCommands.flatMap((spec) =>
      spec.id === 'stevedore.engines.use' ? [] : [vscode.commands.registerCommand(spec.id, handlers[spec.id])],
    ),
  );
}
