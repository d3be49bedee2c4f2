// Status bar item: what this window targets and whether it answers. Click: pick another context for this window.
import * as vscode from 'vscode';
import { describeHealth, engineLabel, type EngineHealth } from '../../core/engine/index';
import type { Services } from '../services';

export function createEngineStatusBar(services: Services): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('stevedore.engine', vscode.StatusBarAlignment.Left, 10);
  item.name = vscode.l10n.t('Docker Engine');
  item.command = 'stevedore.engine.switchContext';

  const render = (h: EngineHealth): void => {
    const ep = services.engine.endpoint;
    const text = describeHealth(h, ep);
    const tip = new vscode.MarkdownString(undefined, true);
    tip.isTrusted = {
      enabledCommands: ['stevedore.engine.retry', 'stevedore.engine.switchContext', 'stevedore.engine.showStatus'],
    };
    tip.appendMarkdown(`**${vscode.l10n.t('Docker engine')}**\n\n`);
    for (const line of text.detail.split('\n')) tip.appendText(`${line}\n`).appendMarkdown('\n');
    const links = [`[${vscode.l10n.t('Switch context for this window…')}](command:stevedore.engine.switchContext)`];
    if (h.state === 'unreachable') links.unshift(`[${vscode.l10n.t('Retry')}](command:stevedore.engine.retry)`);
    tip.appendMarkdown(links.join(' · '));
    item.tooltip = tip;
    item.backgroundColor =
      h.state === 'unreachable' ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    switch (h.state) {
      case 'connecting':
        item.text = `$(loading~spin) ${text.short}`;
        break;
      case 'connected':
        item.text = `$(vm-active) ${text.short}`;
        item.accessibilityInformation = {
          label: vscode.l10n.t('Docker: {0}, {1}', text.short, engineLabel(h.version)),
        };
        break;
      case 'unreachable':
        item.text = `$(vm-outline) ${text.short}`;
        item.accessibilityInformation = { label: vscode.l10n.t('Docker engine unreachable: {0}', h.reason) };
        break;
    }
  };
  render(services.monitor.health);
  const sub = services.monitor.onHealth(render);
  item.show();
  return vscode.Disposable.from(item, { dispose: () => sub.dispose() });
}
