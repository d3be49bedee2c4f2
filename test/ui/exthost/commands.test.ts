/// <reference types="mocha" />
import * as vscode from 'vscode';

export default function register(): void {
  suite('commands (ui)', () => {
    test('Pull with a reference given by the caller pulls it without asking (no registry here: it ends with an error)', async () => {
      // were it to ask, the quick pick would wait for an answer and this call would outlive mocha's timeout
      await vscode.commands.executeCommand('stevedore.image.pull', 'registry.invalid/stevedore/none:1');
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    });
  });
}
