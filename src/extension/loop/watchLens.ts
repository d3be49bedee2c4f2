// Compose watch's code lens, above a service's `develop` / `x-develop` key: start or stop watching the file.
import * as vscode from 'vscode';
import { isMap, parseDocument } from 'yaml';
import type { ComposeWatch } from './watch';

const t = vscode.l10n.t;

export class WatchLenses implements vscode.CodeLensProvider {
  readonly onDidChangeCodeLenses: vscode.Event<void>;
  constructor(private readonly watch: ComposeWatch) {
    this.onDidChangeCodeLenses = watch.onDidChange;
  }

  provideCodeLenses(doc: vscode.TextDocument): vscode.CodeLens[] {
    if (doc.uri.scheme !== 'file' || !/\b(x-)?develop:/.test(doc.getText())) return [];
    const services = parseDocument(doc.getText()).get('services');
    if (!isMap(services)) return [];
    const watching = this.watch.isWatching(doc.uri.fsPath);
    const lenses: vscode.CodeLens[] = [];
    for (const item of services.items) {
      if (!isMap(item.value)) continue;
      const key = item.value.items.find((p) => {
        const k = (p.key as { value?: unknown } | null)?.value;
        return k === 'develop' || k === 'x-develop';
      })?.key as { range?: [number, number, number] } | undefined;
      if (!key?.range) continue;
      const pos = doc.positionAt(key.range[0]);
      lenses.push(
        new vscode.CodeLens(
          new vscode.Range(pos, pos),
          watching
            ? { title: t('$(eye-closed) Stop Watch'), command: 'stevedore.watch.stop', arguments: [doc.uri] }
            : { title: t('$(eye) Watch (sync on save)'), command: 'stevedore.watch.start', arguments: [doc.uri] },
        ),
      );
    }
    return lenses;
  }
}

/** The compose file a watch command means: its argument, else the active compose editor. */
export function composeFileOf(arg: unknown): string | undefined {
  if (arg instanceof vscode.Uri) return arg.fsPath;
  const doc = vscode.window.activeTextEditor?.document;
  return doc?.languageId === 'dockercompose' && doc.uri.scheme === 'file' ? doc.uri.fsPath : undefined;
}
