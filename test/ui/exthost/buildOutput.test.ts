/// <reference types="mocha" />
// Build output a beginner can read: no terminal escapes in the Output, and a failing step named with its Dockerfile
// line, with an action that opens the Dockerfile there.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { TEST_IMAGE } from './engineHttp';
import { api, harness, screenshot, ui, waitFor } from './harness';

export default function register(): void {
  suite('build output (ui)', () => {
    test('a failing step: plain Output, a notification naming the step and line, and "Open Dockerfile at Line 4"', async function () {
      this.timeout(120_000);
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
      assert.ok(folder, 'no workspace folder');
      const dir = path.join(folder, `build-fail-${harness.id}`);
      const dockerfile = path.join(dir, 'Dockerfile');
      fs.mkdirSync(dir, { recursive: true });
      // coloured output, then a step that fails (no cache: the steps run every time)
      fs.writeFileSync(
        dockerfile,
        `FROM ${TEST_IMAGE}\nLABEL stevedore.test=ui\n` +
          `RUN printf '\\033[31mcoloured %s\\033[0m\\n' ${harness.id}\n` +
          `RUN echo "missing-$((6*7))" && exit 3\n`,
      );
      try {
        await vscode.commands.executeCommand('notifications.clearAll');
        const done = vscode.commands.executeCommand('stevedore.image.build', vscode.Uri.file(dockerfile));
        await ui({ op: 'quickInput', title: 'Build', fill: 'No cache' });
        await ui({ op: 'quickInput', title: 'Build', fill: 'Build' });
        await done;
        const log = (await api()).commands.buildLog();
        assert.ok(
          log.some((l) => l.includes(`coloured ${harness.id}`)),
          `the coloured line in the Output: ${log.join('\n')}`,
        );
        assert.ok(!log.some((l) => l.includes('\u001b')), 'an escape reached the Output');
        await vscode.commands.executeCommand('notifications.showList');
        const notice = await ui({ op: 'notification', text: 'Build failed at step' });
        await screenshot('build-failure');
        assert.match(
          notice.text ?? '',
          /Build failed at step \[3\/3\] RUN echo "missing-\$\(\(6\*7\)\)" && exit 3 \(Dockerfile line 4\): .*exit code: 3/,
        );
        assert.match(notice.text ?? '', /Last output: "missing-42"/);
        assert.match(notice.text ?? '', /Show Output/);
        await ui({ op: 'notification', text: 'Build failed at step', click: 'Open Dockerfile at Line 4' });
        await vscode.commands.executeCommand('notifications.hideList');
        const editor = await waitFor(
          'the Dockerfile open at the failing line',
          () => vscode.window.activeTextEditor?.document.uri.fsPath === dockerfile && vscode.window.activeTextEditor,
        );
        assert.equal(editor.selection.active.line, 3);
      } finally {
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
