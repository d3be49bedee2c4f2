// `compose config`: the merged, interpolated result in a read-only editor.
import { composeFailureMessage } from '../../core/messages/composeFailure';
import * as vscode from 'vscode';
import { composeArgv, type ComposeProject } from '../../core/compose/cli';
import { runCompose } from '../../core/compose/run';
import type { ComposeRunner } from './runner';

export const CONFIG_SCHEME = 'stevedore-compose-config';

export class ConfigDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private readonly registration: vscode.Disposable;

  constructor(private readonly runner: ComposeRunner) {
    this.registration = vscode.workspace.registerTextDocumentContentProvider(CONFIG_SCHEME, this);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  async open(project: ComposeProject): Promise<void> {
    const cli = await this.runner.composeCli();
    const r = await runCompose(cli, composeArgv(cli, project, 'config'), { cwd: project.cwd, env: this.runner.env() });
    if (r.code !== 0) throw new Error(composeFailureMessage('config', r.code, r.stderr || r.stdout));
    const uri = vscode.Uri.from({ scheme: CONFIG_SCHEME, path: `/${project.name}/compose.merged.yaml` });
    this.contents.set(uri.toString(), r.stdout);
    this.changed.fire(uri);
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(doc, 'yaml');
    await vscode.window.showTextDocument(doc, { preview: true });
  }

  dispose(): void {
    this.registration.dispose();
    this.changed.dispose();
  }
}
