// Read-only JSON documents for Inspect / History / Disk usage, named after the item (shown in the tab title).
import * as vscode from 'vscode';
import { actionsFor } from '../../core/engine/actions';
import type { Services } from '../services';

export const inspectScheme = 'stevedore-inspect';

type Producer = () => Promise<string>;

/** Documents are produced on open and on refresh; nothing is kept once the tab closes. */
export class InspectDocuments implements vscode.TextDocumentContentProvider {
  private readonly producers = new Map<string, Producer>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const p = this.producers.get(uri.toString());
    if (!p) return '// this document is no longer available; run the command again';
    try {
      return await p();
    } catch (e) {
      return `// ${e instanceof Error ? e.message : String(e)}`;
    }
  }

  async open(path: string, produce: Producer, language = 'json'): Promise<void> {
    // one segment per path part; the last one is the tab title
    const uri = vscode.Uri.from({
      scheme: inspectScheme,
      path: `/${path.split('/').map(encodeURIComponent).join('/')}`,
      query: String(Date.now()),
    });
    this.producers.set(uri.toString(), produce);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, language);
    await vscode.window.showTextDocument(doc, { preview: false });
  }

  forget(uri: vscode.Uri): void {
    this.producers.delete(uri.toString());
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerInspect(services: Services): InspectDocuments {
  const docs = new InspectDocuments();
  services.context.subscriptions.push(
    docs,
    vscode.workspace.registerTextDocumentContentProvider(inspectScheme, docs),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.scheme === inspectScheme) docs.forget(d.uri);
    }),
  );
  return docs;
}

export async function openInspect(
  services: Services,
  docs: InspectDocuments,
  kind: 'container' | 'image' | 'volume' | 'network',
  idOrName: string,
  title: string,
): Promise<void> {
  const json = JSON.stringify(await actionsFor(services.engine).inspectRaw(kind, idOrName), null, 2);
  await docs.open(`${kind}/${title.replace(/[/\\]/g, '_')}.json`, async () => json);
}
