/// <reference types="mocha" />
// Compose verbs run on a project of the workspace (by its file, and once by the Containers view's project node),
// checked on the engine: Up with a picked service, Build, Stop, Start, Restart, Ps, Config, Logs, Pull's failure,
// and that compose follows this window's engine rather than the docker CLI's.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import type { TreeNode } from '../../../src/core/tree/nodes';
import type { ComposeRun } from '../../../src/extension/compose/runner';
import { engine, get, TEST_IMAGE } from './engineHttp';
import { api, harness, prefix, ui, waitFor } from './harness';

const execFileP = promisify(execFile);

export default function register(): void {
  suite('compose verbs (ui)', () => {
    let dir = '';
    let file: vscode.Uri;
    let project = '';
    let built = '';
    const compose = (verb: string) => vscode.commands.executeCommand(`stevedore.compose.${verb}`, file);

    /** The project's containers of `service` (all states), as the engine lists them. */
    const containers = async (service: string): Promise<any[]> => {
      const filters = JSON.stringify({
        label: [`com.docker.compose.project=${project}`, `com.docker.compose.service=${service}`],
      });
      return get(`/containers/json?all=1&filters=${encodeURIComponent(filters)}`);
    };
    const webState = async () => (await containers('web'))[0]?.State as string | undefined;

    /** Runs `command` and resolves with the compose run it ended with (the output channel's text and exit status). */
    async function ran(verb: ComposeRun['verb'], command: Thenable<unknown>): Promise<ComposeRun> {
      const runner = (await api()).compose.runner;
      let got: ComposeRun | undefined;
      const sub = runner.onDidRun((r) => {
        if (r.project === project && r.verb === verb) got = r;
      });
      try {
        await command;
        return await waitFor(`compose ${verb} to finish`, () => got, 60_000);
      } finally {
        sub.dispose();
      }
    }

    suiteSetup(() => {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
      assert.ok(folder, 'no workspace folder');
      project = `${prefix()}-stack`; // the folder names the project
      built = `${prefix()}-tool:1`;
      dir = path.join(folder, project);
      fs.mkdirSync(dir, { recursive: true });
      const labels = `\n    labels: { stevedore.test: ui, stevedore.ui.run: "${harness.id}" }`;
      const sleeper = `\n    image: ${TEST_IMAGE}\n    command: ["sh", "-c", "trap 'exit 0' TERM; sleep 300 & wait"]${labels}`;
      fs.writeFileSync(
        path.join(dir, 'compose.yaml'),
        `services:\n  web:${sleeper}\n  cache:${sleeper}\n` +
          `  tool:\n    build: .\n    image: ${built}\n    command: ["true"]${labels}\nnetworks:\n  default:${labels}\n`,
      );
      fs.writeFileSync(
        path.join(dir, 'Dockerfile'),
        `FROM ${TEST_IMAGE}\nLABEL stevedore.test=ui stevedore.ui.run=${harness.id}\n`,
      );
      file = vscode.Uri.file(path.join(dir, 'compose.yaml'));
    });

    suiteTeardown(async function () {
      this.timeout(60_000);
      for (const t of vscode.window.terminals) if (t.name.startsWith('compose logs')) t.dispose();
      await execFileP('docker-compose', ['-p', project, '-f', file.fsPath, 'down'], { cwd: dir }).catch(
        () => undefined,
      );
      await engine('DELETE', `/images/${encodeURIComponent(built)}`);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test('Up… with one service picked starts that service only', async function () {
      this.timeout(60_000);
      const done = compose('upSelect');
      const pick = await ui({ op: 'quickInput', title: 'Compose Up', check: ['web'] });
      assert.ok(
        ['web', 'cache', 'tool', '--build'].every((l) => pick.items?.some((i) => i.includes(l))),
        `Up picker: ${JSON.stringify(pick.items)}`,
      );
      await done;
      assert.equal(await webState(), 'running');
      assert.deepEqual(await containers('cache'), []);
      assert.deepEqual(await containers('tool'), []);
    });

    test('Build builds the service with build: under its image name', async function () {
      this.timeout(60_000);
      const run = await ran('build', compose('build'));
      assert.equal(run.result.code, 0, run.result.stderr);
      const img = await get(`/images/${encodeURIComponent(built)}/json`);
      assert.equal(img.Config.Labels['stevedore.ui.run'], harness.id);
    });

    test('Stop stops, Start starts again', async function () {
      this.timeout(60_000);
      await compose('stop');
      assert.equal(await webState(), 'exited');
      await compose('start');
      assert.equal(await webState(), 'running');
    });

    test("Restart (all services picked) restarts: the container's start time changes", async function () {
      this.timeout(60_000);
      const id = (await containers('web'))[0].Id as string;
      const before = (await get(`/containers/${id}/json`)).State.StartedAt as string;
      const done = compose('restart');
      await ui({ op: 'quickInput', title: 'Compose restart' });
      await done;
      const after = await get(`/containers/${id}/json`);
      assert.equal(after.State.Status, 'running');
      assert.notEqual(after.State.StartedAt, before);
    });

    test('Ps lists the containers in the output with exit status 0', async () => {
      const run = await ran('ps', compose('ps'));
      assert.equal(run.result.code, 0, run.result.stderr);
      assert.match(run.result.stdout, new RegExp(`${project}_web_1`));
    });

    test('Config opens the merged config in a read-only editor', async () => {
      await compose('config');
      const doc = await waitFor('the merged config', () =>
        vscode.workspace.textDocuments.find(
          (d) => d.uri.scheme === 'stevedore-compose-config' && d.uri.path.includes(project),
        ),
      );
      for (const s of ['web:', 'cache:', 'tool:', `image: ${built}`])
        assert.ok(doc.getText().includes(s), `${s} not in:\n${doc.getText()}`);
      // a content provider's document: VS Code shows it read-only (the API's own edits are not refused, so not tried here)
      await waitFor('its editor', () => vscode.window.visibleTextEditors.find((e) => e.document === doc));
      assert.equal(doc.languageId, 'yaml');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });

    test('Logs… of one service opens a terminal named after it', async () => {
      const done = compose('logs');
      await ui({ op: 'quickInput', title: 'Follow the logs', fill: 'web' });
      await done;
      const term = await waitFor('the logs terminal', () =>
        vscode.window.terminals.find((t) => t.name === 'compose logs: web'),
      );
      term.dispose();
    });

    test('Pull with no registry reachable fails clearly, with the exit status', async function () {
      this.timeout(60_000);
      const run = await ran('pull', compose('pull'));
      assert.notEqual(run.result.code, 0);
      await vscode.commands.executeCommand('notifications.showList');
      const toast = await ui({ op: 'notification', text: 'compose pull failed' });
      await vscode.commands.executeCommand('notifications.hideList');
      assert.match(toast.text ?? '', new RegExp(`exit status ${run.result.code}`));
    });

    test("compose runs against this window's engine (stevedore.engine.host), not the CLI's", async function () {
      this.timeout(60_000);
      const { runner } = (await api()).compose;
      const config = vscode.workspace.getConfiguration('stevedore');
      const nowhere = 'unix:///nonexistent/stevedore-ui.sock';
      await config.update('engine.host', nowhere, vscode.ConfigurationTarget.Global);
      try {
        await waitFor('the window to switch engines', () => runner.env().DOCKER_HOST === nowhere);
        const run = await ran('ps', compose('ps'));
        assert.notEqual(run.result.code, 0);
        // v2 names the socket; v1 (python) fails to find it: either way not the engine the CLI would use
        assert.match(
          run.result.stderr + run.result.stdout,
          /nonexistent\/stevedore-ui\.sock|FileNotFoundError: \[Errno 2\] No such file or directory/,
        );
      } finally {
        await config.update('engine.host', undefined, vscode.ConfigurationTarget.Global);
      }
      await waitFor('the engine back', () => runner.env().DOCKER_HOST !== nowhere);
      const back = await ran('ps', compose('ps'));
      assert.equal(back.result.code, 0, back.result.stderr);
    });

    test("Stop from the Containers view's project node stops the project", async function () {
      this.timeout(60_000);
      const views = (await api()).views;
      const node = await waitFor(`${project} in the Containers view`, async () => {
        await views.containers.refresh();
        const find = (ns: readonly TreeNode[]): TreeNode | undefined => {
          for (const n of ns) {
            const hit = n.kind === 'composeProject' && n.record.name === project ? n : find(n.children ?? []);
            if (hit) return hit;
          }
          return undefined;
        };
        return find(await views.containers.nodes());
      });
      await vscode.commands.executeCommand('stevedore.compose.stop', node);
      assert.equal(await webState(), 'exited');
    });
  });
}
