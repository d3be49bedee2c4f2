/// <reference types="mocha" />
// Compose watch in the real VS Code: the compose file's lens starts watching a running project (docker-compose v1
// here, hence `x-develop`); a file saved in the editor under a sync rule appears in the container, a saved
// version.txt under a rebuild rule rebuilds the image and recreates the container; the lens then stops it.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import { get, TEST_IMAGE } from './engineHttp';
import { api, harness, prefix, waitFor } from './harness';

const execFileP = promisify(execFile);

export default function register(): void {
  suite('inner loop: compose watch (ui)', () => {
    let dir = '';
    let project = '';
    let file: vscode.Uri;
    const compose = (...args: string[]) =>
      execFileP('docker-compose', ['-p', project, '-f', file.fsPath, ...args], { cwd: dir });
    const webId = async () => {
      const filters = JSON.stringify({
        label: [`com.docker.compose.project=${project}`, 'com.docker.compose.service=web'],
      });
      return ((await get(`/containers/json?filters=${encodeURIComponent(filters)}`)) as { Id: string }[])[0]?.Id;
    };
    const cat = async (p: string) => {
      const id = await webId();
      return id ? (await execFileP('docker', ['exec', id, 'cat', p]).catch(() => ({ stdout: '' }))).stdout : '';
    };
    const lens = async () => {
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', file);
      return lenses.find((l) => /^stevedore\.watch\./.test(l.command?.command ?? ''))?.command;
    };
    /** Opens `rel` in the editor, replaces its text and saves it, as a user does. */
    const save = async (rel: string, text: string) => {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir, rel)));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, new vscode.Range(0, 0, doc.lineCount, 0), text);
      await vscode.workspace.applyEdit(edit);
      assert.ok(await doc.save(), `${rel} was not saved`);
    };

    suiteSetup(async function () {
      this.timeout(120_000);
      const folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
      project = `${prefix()}-watch`;
      dir = path.join(folder, project);
      fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
      fs.writeFileSync(path.join(dir, 'src', 'app.txt'), 'first\n');
      fs.writeFileSync(path.join(dir, 'version.txt'), 'v1\n');
      const labels = `{ stevedore.test: ui, stevedore.ui.run: "${harness.id}" }`;
      fs.writeFileSync(
        path.join(dir, 'Dockerfile'),
        `FROM ${TEST_IMAGE}\nLABEL stevedore.test=ui stevedore.ui.run=${harness.id}\nWORKDIR /app\nCOPY . .\n` +
          'CMD ["sleep", "600"]\n',
      );
      fs.writeFileSync(
        path.join(dir, 'compose.yaml'),
        `services:\n  web:\n    build: .\n    image: ${project}-web:1\n    labels: ${labels}\n    stop_grace_period: 1s\n` +
          '    x-develop:\n      watch:\n        - action: sync\n          path: ./src\n          target: /app/src\n' +
          `        - action: rebuild\n          path: version.txt\nnetworks:\n  default:\n    labels: ${labels}\n`,
      );
      file = vscode.Uri.file(path.join(dir, 'compose.yaml'));
      await compose('up', '-d', '--build');
      assert.equal(await cat('/app/src/app.txt'), 'first\n');
    });

    suiteTeardown(async function () {
      this.timeout(60_000);
      await vscode.commands.executeCommand('stevedore.watch.stop', file);
      await compose('down', '-v', '--rmi', 'local').catch(() => undefined);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test('the lens starts the watch; a saved file under a sync rule reaches the container', async function () {
      this.timeout(60_000);
      await vscode.window.showTextDocument(file);
      const start = await waitFor('the Watch lens on the service', lens);
      assert.equal(start.command, 'stevedore.watch.start', start.title);
      assert.equal(await vscode.commands.executeCommand(start.command, ...(start.arguments ?? [])), true);
      const watch = (await api()).loop.watch;
      assert.ok(watch.isWatching(file.fsPath));
      assert.equal((await lens())?.command, 'stevedore.watch.stop', 'the lens offers Stop Watch while watching');
      await save('src/app.txt', 'saved in the editor\n');
      await waitFor(
        'the saved file in the container',
        async () => (await cat('/app/src/app.txt')) === 'saved in the editor\n',
        30_000,
      );
      await watch.idle(file.fsPath);
    });

    test('a saved file under a rebuild rule rebuilds the image and recreates the container', async function () {
      this.timeout(120_000);
      const before = await webId();
      await save('version.txt', 'v2\n');
      await waitFor(
        'the container recreated from the rebuilt image',
        async () => (await webId()) !== before && (await cat('/app/version.txt')) === 'v2\n',
        90_000,
      );
      const watch = (await api()).loop.watch;
      await watch.idle(file.fsPath);
      assert.ok(
        watch.lines.some((l) => /rebuil/i.test(l)),
        `the watch channel says it rebuilt: ${JSON.stringify(watch.lines.slice(-5))}`,
      );
      const stop = await lens();
      assert.ok(stop?.command === 'stevedore.watch.stop', JSON.stringify(stop));
      await vscode.commands.executeCommand(stop.command, ...(stop.arguments ?? []));
      assert.equal(watch.isWatching(file.fsPath), false);
    });
  });
}
