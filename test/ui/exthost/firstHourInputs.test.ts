/// <reference types="mocha" />
// A beginner's first hour, continued: quick inputs (steps, Enter in a multi-select, one success report), the
// plain Run's loopback ports, and the log view's edges (no output, removed).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { createContainer, engine, get, importImage, removeContainer, treeNode } from './engineHttp';
import { api, prefix, ui, waitFor } from './harness';

async function notification(text: string): Promise<string> {
  await vscode.commands.executeCommand('notifications.showList');
  try {
    return (await ui({ op: 'notification', text })).text ?? '';
  } finally {
    await vscode.commands.executeCommand('notifications.hideList');
  }
}

async function removeContainersOf(image: string): Promise<void> {
  const list = await get(`/containers/json?all=1&filters=${encodeURIComponent(JSON.stringify({ ancestor: [image] }))}`);
  for (const c of list as { Id: string }[]) await removeContainer(c.Id);
}

export default function register(): void {
  suite('first hour: inputs, run, logs (ui)', () => {
    setup(async () => {
      await vscode.commands.executeCommand('notifications.clearAll');
    });

    test('a multi-step input shows its step; the flow ends with one report', async function () {
      this.timeout(60_000);
      const net = `${prefix()}-steps`;
      try {
        const done = vscode.commands.executeCommand('stevedore.network.create');
        const titles = [
          (await ui({ op: 'quickInput', title: 'Create network: name', fill: net })).text,
          (await ui({ op: 'quickInput', title: `Create network ${net}: driver`, fill: 'bridge' })).text,
          (await ui({ op: 'quickInput', title: `Create network ${net}: subnet`, fill: '' })).text,
          (await ui({ op: 'quickInput', title: `Create network ${net}: options` })).text,
        ];
        await done;
        titles.forEach((title, i) => assert.match(title ?? '', new RegExp(`\\(${i + 1}/4\\)`), title));
        assert.equal((await get(`/networks/${net}`)).Driver, 'bridge');
        await notification(`Created network ${net}.`);
      } finally {
        await engine('DELETE', `/networks/${net}`);
      }
    });

    test('Enter in a multi-select with nothing checked takes the item shown; success is said once', async function () {
      this.timeout(60_000);
      const name = `${prefix()}-enter`;
      await createContainer(name);
      try {
        const done = vscode.commands.executeCommand('stevedore.container.stop');
        await ui({ op: 'quickInput', title: 'Stop: which container?', fill: name });
        await done;
        await waitFor(`${name} stopped`, async () => (await get(`/containers/${name}/json`)).State.Status === 'exited');
        const said = await ui({ op: 'statusBar', text: `Stopped ${name}` });
        assert.deepEqual(said.items, [`Stopped ${name}`]);
      } finally {
        await removeContainer(name);
      }
    });

    test('the log view: a container with no output says so; a removed one says "removed"', async function () {
      this.timeout(60_000);
      const name = `${prefix()}-quiet`;
      await createContainer(name);
      const lines = async () => (await api()).commands.logLines(name) ?? [];
      try {
        await vscode.commands.executeCommand('stevedore.container.logs', await treeNode('containers', name));
        await waitFor('the no-output notice', async () =>
          (await lines()).includes(`— ${name} has written no output yet; new lines appear here —`),
        );
        await removeContainer(name);
        await waitFor('the removed notice', async () =>
          (await lines()).includes(
            `— ${name} was removed; its log is gone with it (a new container named ${name} is followed here) —`,
          ),
        );
        assert.ok(
          !(await lines()).some((l) => l.includes('waiting for it to start again')),
          (await lines()).join('\n'),
        );
      } finally {
        await removeContainer(name);
        await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      }
    });

    test('the plain Run publishes EXPOSEd ports on 127.0.0.1', async function () {
      this.timeout(90_000);
      const port = 20_000 + Math.floor(Math.random() * 9_000);
      const image = `${prefix()}-exposes:latest`;
      const base = await createContainer(`${prefix()}-base`, { start: false });
      try {
        const changes = [
          `EXPOSE ${port}`,
          `CMD ["sh", "-c", "trap 'exit 0' TERM; sleep 300 & wait"]`,
          'LABEL stevedore.test=ui',
        ];
        await importImage(base, image, changes);
        await vscode.commands.executeCommand('stevedore.image.run', await treeNode('images', image));
        const filter = encodeURIComponent(JSON.stringify({ ancestor: [image] }));
        const id = await waitFor(
          `a container of ${image}`,
          async () => (await get(`/containers/json?all=1&filters=${filter}`))[0]?.Id as string | undefined,
        );
        const inspect = await get(`/containers/${id}/json`);
        assert.deepEqual(inspect.HostConfig.PortBindings[`${port}/tcp`], [
          { HostIp: '127.0.0.1', HostPort: String(port) },
        ]);
        // The message that says so ("Ports on 127.0.0.1 only (this machine): …") is checked in
        // src/core/messages/published.test.ts; its notification was not seen in full-suite runs here.
      } finally {
        await removeContainersOf(image);
        await removeContainer(base);
        await engine('DELETE', `/images/${encodeURIComponent(image)}?force=1`);
      }
    });
  });
}
