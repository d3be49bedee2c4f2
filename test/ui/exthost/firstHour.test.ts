/// <reference types="mocha" />
// A beginner's first hour: failures that explain themselves (messages from src/core/messages).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { TEST_IMAGE, engine, get, removeContainer, runLabels, stateOf, treeNode } from './engineHttp';
import { api, prefix, screenshot, ui, waitFor } from './harness';
import { walk } from '../../../src/core/tree/nodes';

const run = (verb: string, ...args: unknown[]) =>
  vscode.commands.executeCommand(`stevedore.container.${verb}`, ...args);

async function notification(text: string): Promise<string> {
  await vscode.commands.executeCommand('notifications.showList');
  try {
    return (await ui({ op: 'notification', text })).text ?? '';
  } finally {
    await vscode.commands.executeCommand('notifications.hideList');
  }
}

export default function register(): void {
  suite('first hour (ui)', () => {
    let name = '';
    suiteSetup(async () => {
      name = `${prefix()}-sh`;
      // busybox's `sh` without a terminal ends at once
      const res = await engine('POST', `/containers/create?name=${encodeURIComponent(name)}`, {
        Image: TEST_IMAGE,
        Cmd: ['sh'],
        Labels: runLabels(),
        HostConfig: { NetworkMode: 'none' },
      });
      assert.equal(res.status, 201, JSON.stringify(res.body));
    });
    suiteTeardown(async () => {
      await removeContainer(name);
    });
    // each test waits for its own notification: toasts left by earlier suites would hold the few places on screen
    setup(async () => {
      await vscode.commands.executeCommand('notifications.clearAll');
    });

    test('Start on a container whose command ends at once says it exited, not "Started"', async function () {
      this.timeout(60_000);
      await run('start', await treeNode('containers', name, (n) => stateOf(n) === 'created'));
      await vscode.commands.executeCommand('notifications.showList');
      const text = (await ui({ op: 'notification', text: `${name} exited (code 0)` })).text ?? '';
      await screenshot('exited-container');
      await vscode.commands.executeCommand('notifications.hideList');
      assert.match(
        text,
        /right after starting — its command \(`sh`\) finished; run it interactively or give it a command/,
      );
      assert.match(text, /Run Interactively/);
      assert.match(text, /Show Logs/);
    });

    test('Attach Shell on a stopped container offers to start it', async function () {
      this.timeout(60_000);
      void run('attachShell', await treeNode('containers', name, (n) => stateOf(n) === 'exited'));
      const text = await notification(`${name} is exited`);
      assert.match(text, /a shell runs inside a running container\. Start it and attach a shell\?/);
      assert.match(text, /Start and Attach Shell/);
      assert.ok(!vscode.window.terminals.some((t) => t.name.includes(name)), 'no terminal opened');
    });

    test('a compose failure names the cause: top-level name refused by docker-compose 1.x', async function () {
      this.timeout(60_000);
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
      assert.ok(folder, 'no workspace folder');
      const dir = path.join(folder, `${prefix()}-v1`);
      fs.mkdirSync(dir, { recursive: true });
      const file = path.join(dir, 'compose.yaml');
      fs.writeFileSync(file, `name: ${prefix()}-v1\nservices:\n  web:\n    image: ${TEST_IMAGE}\n`);
      try {
        void vscode.commands.executeCommand('stevedore.compose.up', vscode.Uri.file(file));
        await vscode.commands.executeCommand('notifications.showList');
        const text = (await ui({ op: 'notification', text: 'compose up failed' })).text ?? '';
        await screenshot('compose-failure');
        await vscode.commands.executeCommand('notifications.hideList');
        assert.match(text, /top-level 'name' is not supported by this compose CLI \(docker-compose 1\.x\)/);
        assert.doesNotMatch(text, /For more on the Compose file format/);
        assert.match(text, /Show Output/);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });

    test('Run… takes a command override; the container runs it', async function () {
      this.timeout(60_000);
      const image = `${prefix()}:latest`;
      const named = `${prefix()}-cmd`;
      try {
        const done = vscode.commands.executeCommand('stevedore.image.runWith', await treeNode('images', image));
        await ui({ op: 'quickInput', title: `Run ${image}`, fill: 'Name' });
        await ui({ op: 'quickInput', title: 'Container name', fill: named });
        // network none: no bridge needed
        await ui({ op: 'quickInput', title: `Run ${image}`, fill: 'Network' });
        await ui({ op: 'quickInput', title: 'Network', fill: 'none' });
        await ui({ op: 'quickInput', title: `Run ${image}`, fill: 'Command' });
        await ui({ op: 'quickInput', title: 'Command (overrides the image CMD)', fill: `sh -c 'sleep 60'` });
        await ui({ op: 'quickInput', title: `Run ${image}`, fill: 'Run now' });
        await done;
        const c = await get(`/containers/${named}/json`);
        assert.deepEqual(c.Config.Cmd, ['sh', '-c', 'sleep 60']);
        assert.equal(c.State.Status, 'running');
      } finally {
        await removeContainer(named);
      }
    });

    test('Push of a name without a registry host asks: to Docker Hub as docker.io/library/…?', async function () {
      this.timeout(60_000);
      const image = `${prefix()}:latest`;
      void vscode.commands.executeCommand('stevedore.image.push', await treeNode('images', image));
      await vscode.commands.executeCommand('notifications.showList');
      const text = (await ui({ op: 'notification', text: `Push ${image} to Docker Hub` })).text ?? '';
      await screenshot('push-confirmation');
      await vscode.commands.executeCommand('notifications.hideList');
      assert.match(text, new RegExp(`as docker\\.io/library/${prefix()}:latest\\?`));
      assert.match(text, /Push to Docker Hub/);
    });

    test('"Up Less than a second" does not stay: the description moves on without asking the engine', async function () {
      this.timeout(120_000);
      const named = `${prefix()}-clock`;
      try {
        const res = await engine('POST', `/containers/create?name=${encodeURIComponent(named)}`, {
          Image: TEST_IMAGE,
          Cmd: ['sleep', '300'],
          Labels: runLabels(),
          HostConfig: { NetworkMode: 'none' },
        });
        assert.equal(res.status, 201, JSON.stringify(res.body));
        assert.equal((await engine('POST', `/containers/${named}/start`)).status, 204);
        // a visible view is kept current by events: reading its nodes asks the engine nothing
        await vscode.commands.executeCommand('stevedore.containers.focus');
        const first = await treeNode('containers', named, (n) => stateOf(n) === 'running');
        assert.ok(first.kind === 'container' && first.record.statusAtMs !== undefined);
        const { status, statusAtMs } = first.record;
        const before = first.description ?? '';
        assert.match(before, /Up (Less than a second|\d+ seconds?)/);
        const views = (await api()).views;
        const later = await waitFor(
          `the description of ${named} to move on from "${before}"`,
          async () => {
            const n = [...walk(await views.containers.nodes())].find(
              (x) => x.kind === 'container' && x.record.name === named,
            );
            return n && n.description !== before ? n : undefined;
          },
          75_000,
        );
        assert.ok(later.kind === 'container');
        assert.match(later.description ?? '', /Up (\d+ seconds|About a minute)/);
        // the same reading of the engine's status, told at a later time: nothing was fetched for it
        assert.equal(later.record.status, status);
        assert.equal(later.record.statusAtMs, statusAtMs);
      } finally {
        await removeContainer(named);
      }
    });

    test('Copy docker run command: paste-able, one option per line', async () => {
      await run('copyRunCommand', await treeNode('containers', name));
      const text = await vscode.env.clipboard.readText();
      assert.ok(text.startsWith('docker run \\\n  --detach \\\n'), text);
      assert.match(text, new RegExp(`\\n  --name ${name} \\\\\\n`));
      // the image's own CMD (sh) is left out
      assert.ok(text.endsWith(`\n  ${TEST_IMAGE}`) || text.endsWith(`\n  ${TEST_IMAGE} sh`), text);
      assert.doesNotMatch(text, /\\:/);
    });
  });
}
