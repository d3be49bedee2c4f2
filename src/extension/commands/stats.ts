// Live stats panel per container (CPU %, memory, net, block I/O, PIDs) with a small chart.
import * as vscode from 'vscode';
import { statsColumns } from '../../core/commands/statsFormat';
import type { Services } from '../services';
import { webviewHtml } from './webview';

const t = vscode.l10n.t;
/** Open stats panels of this window, one per container. */
export type StatsPanels = Map<string, vscode.WebviewPanel>;

export function showStats(services: Services, open: StatsPanels, container: { id: string; name: string }): void {
  const existing = open.get(container.id);
  if (existing) {
    existing.reveal();
    return;
  }
  const media = vscode.Uri.joinPath(services.context.extensionUri, 'media');
  const panel = vscode.window.createWebviewPanel(
    'stevedore.stats',
    t('Stats: {0}', container.name),
    vscode.ViewColumn.Active,
    { enableScripts: true, localResourceRoots: [media], retainContextWhenHidden: true },
  ); // the chart's history survives a hidden tab
  const cell = (id: string, label: string) => `<tr><th>${label}</th><td id="${id}">–</td></tr>`;
  panel.webview.html = webviewHtml(panel.webview, services.context.extensionUri, {
    title: container.name,
    script: 'stats.js',
    body: `<style>canvas{width:100%;height:120px;margin-bottom:8px}th{text-align:left;padding-right:16px;font-weight:normal;opacity:.8}</style>
<canvas id="cpuChart"></canvas><canvas id="memChart"></canvas>
<table>${cell('cpu', t('CPU'))}${cell('mem', t('Memory usage / limit'))}${cell('memPercent', t('Memory %'))}${cell('net', t('Net I/O (rx / tx)'))}${cell('block', t('Block I/O (read / write)'))}${cell('pids', t('PIDs'))}</table>
<p id="status">${t('Waiting for the first sample…')}</p>`,
  });
  open.set(container.id, panel);
  // the same stream the Containers view shows this container's CPU/memory from while the panel is open
  const subscription = services.stats.subscribe(container.id, {
    sample: (s) => void panel.webview.postMessage({ type: 'sample', sample: s, columns: statsColumns(s) }),
    end: (e) =>
      void panel.webview.postMessage({ type: 'ended', text: e ? e.message : t('{0} is not running.', container.name) }),
  });
  panel.onDidDispose(() => {
    subscription.dispose();
    open.delete(container.id);
  });
}
