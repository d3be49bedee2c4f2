/// <reference types="mocha" />
// Image verbs: Create Container… (asks), Run (remembered answers, no questions), Build from a Dockerfile of the workspace.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { engine, get, removeContainer, TEST_IMAGE, treeNode } from './engineHttp';
import { harness, prefix, ui } from './harness';

export default function register(): void {
  suite('image verbs (ui)', () => {
    let image = '';
    let created = '';
    suiteSetup(() => {
      image = `${prefix()}:latest`; // the run's tag of the test image (driver fixture)
      created = `${prefix()}-created`;
    });
    suiteTeardown(async () => {
      for (const name of [created, `${created}-2`]) await removeContainer(name);
    });

    test('Create Container… asks, creates without starting and remembers the answers', async () => {
      const done = vscode.commands.executeCommand('stevedore.image.create', await treeNode('images', image));
      const menu = await ui({ op: 'quickInput', title: `Run ${image}`, fill: 'Name' });
      assert.ok(
        menu.items?.some((i) => i.includes('Create now')),
        `run menu: ${JSON.stringify(menu.items)}`,
      );
      await ui({ op: 'quickInput', title: 'Container name', fill: created });
      await ui({ op: 'quickInput', title: `Run ${image}`, fill: 'Create now' });
      await done;
      const c = await get(`/containers/${created}/json`);
      assert.equal(c.State.Status, 'created');
      assert.equal(c.Config.Image, image);
    });

    test('Run runs detached with the remembered answers, without asking, under a free name', async () => {
      // Create… remembered the name; it is taken, so Run picks the next free one
      await vscode.commands.executeCommand('stevedore.image.run', await treeNode('images', image));
      const c = await get(`/containers/${created}-2/json`);
      assert.equal(c.Config.Image, image);
      assert.equal(c.Config.Tty, false);
      assert.equal(c.Config.OpenStdin, false);
      assert.notEqual(c.State.Status, 'created'); // it was started
    });

    test('Build Image… builds a Dockerfile of the workspace under the tag typed in the build form', async function () {
      this.timeout(90_000);
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
      assert.ok(folder, 'no workspace folder');
      const dir = path.join(folder, `build-${harness.id}`);
      const tag = `${prefix()}-built:1`;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(
        path.join(dir, 'Dockerfile'),
        `FROM ${TEST_IMAGE}\nLABEL stevedore.test=ui\nRUN echo built > /built.txt\n`,
      );
      try {
        const done = vscode.commands.executeCommand(
          'stevedore.image.build',
          vscode.Uri.file(path.join(dir, 'Dockerfile')),
        );
        // the build form: pick its Tags row, type the tag, then pick Build
        const form = await ui({ op: 'quickInput', title: 'Build', fill: 'Tags' });
        for (const row of ['Target stage', 'Build arguments', 'Platforms', 'No cache', 'Secrets'])
          assert.ok(
            form.items?.some((i) => i.includes(row)),
            `build form rows: ${JSON.stringify(form.items)}`,
          );
        await ui({ op: 'quickInput', title: 'Tags', fill: tag });
        await ui({ op: 'quickInput', title: 'Build', fill: 'Build' });
        await done;
        const img = await get(`/images/${encodeURIComponent(tag)}/json`);
        assert.equal(img.Config.Labels['stevedore.test'], 'ui');
      } finally {
        await engine('DELETE', `/images/${encodeURIComponent(tag)}`);
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
