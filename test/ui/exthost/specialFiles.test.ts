/// <reference types="mocha" />
// Special files in the workspace: `.env`, `compose.override.yaml` and `.dockerignore` symlinked to /dev/zero (a
// file that never ends). Opening the compose file and the Dockerfile beside them, with code lenses, symbols and
// hover asked for, must leave the extension host and the language server running, and the Problems panel must say
// which file the server did not read and why (the override is read by the extension's project lookup only, which
// skips it and still gives its lenses). The folder is made at run time (a /dev/zero link in the repository
// would hang every tool that walks it) and removed afterwards.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, harness, stevedore, waitFor } from './harness';

const LINKS = ['.env', 'compose.override.yaml', '.dockerignore'];

const codeOf = (d: vscode.Diagnostic) =>
  typeof d.code === 'object' && d.code !== null ? String(d.code.value) : String(d.code ?? '');

/** Stevedore's `file-not-read` diagnostics of `uri` once every one of `files` is named by one. */
function notReadFor(uri: vscode.Uri, files: string[]): Promise<string[]> {
  return waitFor(
    `"was not read" diagnostics naming ${files.join(', ')} on ${path.basename(uri.fsPath)}`,
    () => {
      const messages = vscode.languages
        .getDiagnostics(uri)
        .filter((d) => d.source === 'stevedore' && codeOf(d) === 'file-not-read')
        .map((d) => d.message);
      return files.every((f) => messages.some((m) => m.includes(f))) && messages;
    },
    30_000,
  );
}

/**
 * Why the file was not read: a trusted window looks at the file and finds a device; an untrusted one (Restricted
 * Mode) does not even open a file whose real path leaves the workspace.
 */
const reason = () =>
  vscode.workspace.isTrusted
    ? /is a character device, not a regular file/
    : /outside the workspace, which is not trusted/;

export default function register(): void {
  suite(`special files, ${vscode.workspace.isTrusted ? 'trusted' : 'Restricted Mode'} (ui)`, () => {
    let dir = '';

    suiteSetup(async () => {
      await api();
      const folder = vscode.workspace.workspaceFolders?.[0];
      assert.ok(folder, 'no workspace folder open');
      dir = path.join(
        folder.uri.fsPath,
        `special-${harness.id || process.pid}-${vscode.workspace.isTrusted ? 'trusted' : 'restricted'}`,
      );
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'compose.yaml'),
        'services:\n  web:\n    image: alpine:3\n    command: $GREETING\n',
      );
      fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3\nCOPY . /app\n');
      for (const f of LINKS) fs.symlinkSync('/dev/zero', path.join(dir, f));
    });

    suiteTeardown(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      if (dir) fs.rmSync(dir, { recursive: true, force: true });
    });

    test('.env and compose.override.yaml on /dev/zero: the code lenses come, .env is reported, nothing dies', async function () {
      this.timeout(90_000);
      const doc = await vscode.workspace.openTextDocument(path.join(dir, 'compose.yaml'));
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'dockercompose');
      // the project lookup behind the lenses merges compose.yaml with compose.override.yaml, in the extension host
      const lenses = await waitFor(
        'the compose code lenses (the project lookup read past compose.override.yaml)',
        async () =>
          (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri))?.length,
        30_000,
      );
      assert.ok(lenses > 0);
      // the language server reads .env for `$GREETING`
      const messages = await notReadFor(doc.uri, ['.env']);
      for (const m of messages) assert.match(m, reason());
      // the language server still answers, and still lints an edit
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>(
        'vscode.executeDocumentSymbolProvider',
        doc.uri,
      );
      assert.ok(symbols?.length, 'no document symbols: the language server is not answering');
      const edit = new vscode.WorkspaceEdit();
      edit.insert(doc.uri, new vscode.Position(doc.lineCount, 0), '  web:\n    image: alpine:3\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitFor(
        'a duplicate-key diagnostic for the edit (a second `web` service)',
        () => vscode.languages.getDiagnostics(doc.uri).some((d) => codeOf(d) === 'duplicate-key'),
        30_000,
      );
      assert.ok(stevedore().isActive, 'the extension is no longer active');
    });

    test('.dockerignore on /dev/zero: reported on the Dockerfile, the server still answers', async function () {
      this.timeout(90_000);
      const doc = await vscode.workspace.openTextDocument(path.join(dir, 'Dockerfile'));
      await vscode.window.showTextDocument(doc);
      assert.equal(doc.languageId, 'dockerfile');
      const messages = await notReadFor(doc.uri, ['.dockerignore']);
      assert.match(messages.join('\n'), /\.dockerignore was not read/);
      for (const m of messages) assert.match(m, reason());
      const hover = await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        doc.uri,
        new vscode.Position(0, 1),
      );
      assert.ok(hover?.length, 'no hover on FROM: the language server is not answering');
      assert.ok(stevedore().isActive, 'the extension is no longer active');
    });
  });
}
