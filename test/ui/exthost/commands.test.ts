/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { engine } from './engineHttp';
import { ui } from './harness';

export default function register(): void {
  suite('commands (ui)', () => {
    test('Pull… given a reference pulls it without asking; one no registry serves ends with a clear error, and no image', async function () {
      this.timeout(60_000);
      const ref = 'registry.invalid/stevedore/none:1';
      // given a reference it must not ask: were it to, this call would wait for an answer until the timeout
      await vscode.commands.executeCommand('stevedore.image.pull', ref);
      await vscode.commands.executeCommand('notifications.showList');
      const toast = await ui({ op: 'notification', text: 'registry.invalid' });
      await vscode.commands.executeCommand('notifications.hideList');
      assert.match(toast.text ?? '', /pull/i);
      assert.doesNotMatch(toast.text ?? '', /undefined|\[object/);
      assert.equal((await engine('GET', `/images/${encodeURIComponent(ref)}/json`)).status, 404);
    });
  });
}
