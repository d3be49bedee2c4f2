// Shared HTML scaffolding for the logs and stats webviews (strict CSP, scripts only from media/).
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { escapeHtml } from '../../core/commands/ansi';

export function webviewHtml(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  opts: { title: string; script: string; css?: string; body: string; bodyAttrs?: string },
): string {
  const nonce = randomBytes(16).toString('base64');
  const media = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', f)).toString();
  return `<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${webview.cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
${opts.css ? `<link rel="stylesheet" href="${media(opts.css)}">` : ''}<title>${escapeHtml(opts.title)}</title></head>
<body ${opts.bodyAttrs ?? ''}>${opts.body}<script nonce="${nonce}" src="${media(opts.script)}"></script></body></html>`;
}
