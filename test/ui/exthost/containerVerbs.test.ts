/// <reference types="mocha" />
// Container verbs run on the tree's own node, each checked against the engine (plain HTTP on its socket).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { containerState, createContainer, get, removeContainer, stateOf, treeNode } from './engineHttp';
import { prefix, ui, waitFor } from './harness';

const run = (verb: string, ...args: unknown[]) =>
  vscode.commands.executeCommand(`stevedore.container.${verb}`, ...args);
/** The tree's node for the container once the view shows it in `state`. */
const nodeIn = (name: string, state: string) => treeNode('containers', name, (n) => stateOf(n) === state);

export default function register(): void {
  suite('container verbs (ui)', () => {
    let name = '';
    let id = '';
    suiteSetup(async () => {
      name = `${prefix()}-verbs`;
      id = await createContainer(name);
    });
    suiteTeardown(async () => {
      await removeContainer(id);
    });

    test('Pause, then Unpause', async () => {
      await run('pause', await nodeIn(name, 'running'));
      assert.equal(await containerState(id), 'paused');
      await run('unpause', await nodeIn(name, 'paused'));
      assert.equal(await containerState(id), 'running');
    });

    test('Restart starts it again', async () => {
      const before = (await get(`/containers/${id}/json`)).State.StartedAt as string;
      await run('restart', await nodeIn(name, 'running'));
      const after = (await get(`/containers/${id}/json`)).State;
      assert.equal(after.Status, 'running');
      assert.notEqual(after.StartedAt, before);
    });

    test('Kill… sends the signal picked in its quick pick', async () => {
      const done = run('kill', await nodeIn(name, 'running'));
      const asked = await ui({ op: 'quickInput', title: `Kill ${name}`, fill: 'SIGKILL' });
      await done;
      assert.ok(
        asked.items?.some((i) => i.includes('SIGTERM')),
        `signals offered: ${JSON.stringify(asked.items)}`,
      );
      const state = (await get(`/containers/${id}/json`)).State;
      assert.equal(state.Status, 'exited');
      assert.equal(state.ExitCode, 137); // SIGKILL; its TERM trap would have exited 0
    });

    test('Start starts a stopped container', async () => {
      await run('start', await nodeIn(name, 'exited'));
      assert.equal(await containerState(id), 'running');
    });

    test('Copy ID and Copy Name put them on the clipboard', async () => {
      const node = await nodeIn(name, 'running');
      await run('copyId', node);
      assert.equal(await vscode.env.clipboard.readText(), id);
      await run('copyName', node);
      assert.equal(await vscode.env.clipboard.readText(), name);
    });

    test('Show Stats opens a stats panel named after it', async () => {
      await run('stats', await nodeIn(name, 'running'));
      const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
      const tab = await waitFor(
        `a tab 'Stats: ${name}' (tabs: ${tabs()
          .map((t) => t.label)
          .join(', ')})`,
        () => tabs().find((t) => t.label === `Stats: ${name}`),
      );
      assert.ok(
        tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('stevedore.stats'),
        'the tab is not the stats webview',
      );
      await vscode.window.tabGroups.close(tab);
    });

    test('Rename… renames it to the name typed', async () => {
      const renamed = `${name}-renamed`;
      const done = run('rename', await nodeIn(name, 'running'));
      await ui({ op: 'quickInput', title: `Rename container ${name}`, fill: renamed });
      await done;
      assert.equal((await get(`/containers/${id}/json`)).Name, `/${renamed}`);
    });
  });
}
