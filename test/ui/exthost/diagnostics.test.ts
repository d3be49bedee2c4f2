/// <reference types="mocha" />
// Diagnostics from Stevedore's language server reach VS Code for the workspace's bad Dockerfile and
// compose file (test/ui/workspace, copied fresh for every run).
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, waitFor } from './harness';

async function diagnosticsOf(file: string, language: string): Promise<vscode.Diagnostic[]> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder open');
  const doc = await vscode.workspace.openTextDocument(path.join(folder.uri.fsPath, file));
  await vscode.window.showTextDocument(doc);
  assert.equal(doc.languageId, language);
  return waitFor(
    `Stevedore diagnostics for ${file}`,
    () => {
      const d = vscode.languages.getDiagnostics(doc.uri).filter((x) => x.source === 'stevedore');
      return d.length > 0 && d;
    },
    20_000,
  );
}

export default function register(): void {
  suite('diagnostics (ui)', () => {
    suiteSetup(async () => {
      await api();
    });

    test('a Dockerfile with problems gets Stevedore diagnostics with rule ids and docs links', async () => {
      const diags = await diagnosticsOf('Dockerfile', 'dockerfile');
      for (const d of diags) {
        const code = d.code as { value: string | number; target: vscode.Uri } | string | number | undefined;
        assert.ok(
          code && typeof code === 'object' && typeof code.value === 'string',
          `diagnostic without rule id: ${d.message}`,
        );
        assert.ok(code.target.toString().startsWith('http'), `rule ${code.value} has no docs link`);
      }
    });

    test('a compose file with problems gets Stevedore diagnostics', async () => {
      const diags = await diagnosticsOf('compose.yaml', 'dockercompose');
      assert.ok(diags.every((d) => d.range.start.line >= 0));
    });
  });
}
