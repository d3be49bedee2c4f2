/// <reference types="mocha" />
// The inner loop in the real VS Code: Add Docker Files scaffolds a small Node app on a base image built here
// (FROM scratch with this machine's node binary and its shared libraries), and a `stevedore` debug session builds
// it, runs it with the inspector published, hands it to the built-in node debugger with the Dockerfile's path
// mapping, stops at a breakpoint in the container, and removes the container when the session ends.
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { engine, get, runLabels } from './engineHttp';
import { buildNodeImage } from './nodeImage';
import { harness, prefix, screenshot, ui, waitFor } from './harness';

export default function register(): void {
  suite('inner loop: scaffold and debug in a container (ui)', () => {
    let dir = '';
    let base = '';
    let appTag = '';
    let folder: vscode.WorkspaceFolder;
    const debugContainers = async () =>
      (await get(
        `/containers/json?all=1&filters=${encodeURIComponent(JSON.stringify({ label: [`stevedore.ui.run=${harness.id}`, 'stevedore.debug'] }))}`,
      )) as { Id: string }[];

    suiteSetup(async function () {
      this.timeout(180_000);
      folder = vscode.workspace.workspaceFolders![0]!;
      base = `${prefix()}-node:1`;
      appTag = `${prefix()}-debugapp:1`;
      dir = path.join(folder.uri.fsPath, `${prefix()}-debugapp`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'debugapp', main: 'server.js' }));
      fs.writeFileSync(
        path.join(dir, 'server.js'),
        "let ticks = 0;\nsetInterval(() => {\n  ticks += 1;\n  console.log('tick', ticks);\n}, 250);\n" +
          'const canary = Number(process.env.CANARY_PID);\n' +
          "if (canary) Object.defineProperty(process, 'pid', { value: canary });\n",
      );
      await buildNodeImage(base);
    });

    suiteTeardown(async function () {
      this.timeout(60_000);
      await vscode.debug.stopDebugging();
      for (const c of await debugContainers().catch(() => [])) await engine('DELETE', `/containers/${c.Id}?force=1`);
      for (const tag of [appTag, base]) await engine('DELETE', `/images/${encodeURIComponent(tag)}?force=1`);
      fs.rmSync(dir, { recursive: true, force: true });
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('Add Docker Files writes a Dockerfile, .dockerignore and compose.yaml on the base image setting', async () => {
      const written = await vscode.commands.executeCommand<string[]>(
        'stevedore.workspace.addDockerFiles',
        vscode.Uri.file(dir),
        { port: 3000, baseImage: base, overwrite: false },
      );
      assert.deepEqual(written, ['Dockerfile', '.dockerignore', 'compose.yaml']);
      const df = fs.readFileSync(path.join(dir, 'Dockerfile'), 'utf8');
      assert.match(df, new RegExp(`^FROM ${base.replace(/[.]/g, '\\.')}$`, 'm'));
      assert.match(df, /^WORKDIR \/app$/m);
      assert.match(df, /^USER 1000:1000$/m);
      assert.match(df, /^CMD \["node", "server.js"\]$/m);
      // a second run leaves changed files alone unless told otherwise
      fs.appendFileSync(path.join(dir, 'compose.yaml'), '# mine\n');
      const again = await vscode.commands.executeCommand<string[]>(
        'stevedore.workspace.addDockerFiles',
        vscode.Uri.file(dir),
        { port: 3000, baseImage: base, overwrite: false },
      );
      assert.deepEqual(again, []);
      assert.match(fs.readFileSync(path.join(dir, 'compose.yaml'), 'utf8'), /# mine/);
    });

    test('a Python session without the Python Debugger extension says which extension, and builds nothing', async function () {
      this.timeout(60_000);
      assert.equal(vscode.extensions.getExtension('ms-python.debugpy'), undefined, 'this VS Code has debugpy');
      const tag = `${prefix()}-pyapp:1`;
      const started = await vscode.debug.startDebugging(folder, {
        type: 'stevedore',
        request: 'launch',
        name: 'Debug pyapp in a container',
        platform: 'python',
        dockerfile: `${path.basename(dir)}/Dockerfile`,
        tag,
      });
      assert.equal(started, false);
      await vscode.commands.executeCommand('notifications.showList');
      const note = await ui({ op: 'notification', text: 'Python Debugger extension (ms-python.debugpy)' });
      await vscode.commands.executeCommand('notifications.hideList');
      assert.match(note.text ?? '', /Show Extension/);
      await assert.rejects(
        get(`/images/${encodeURIComponent(tag)}/json`),
        'an image was built for a session that could not start',
      );
    });

    // The app reports a canary's pid as its process.pid: were the session ever an attach again, ending it would kill
    // that pid's tree on this machine (an attach kills the target's pid) — the canary, not the machine's processes.
    test('a stevedore debug session stops at a breakpoint in the container; its end removes the container and kills nothing here', async function () {
      this.timeout(180_000);
      // the built-in JavaScript debugger attaches; activating it first names its failure if it has one
      const jsDebug = vscode.extensions.getExtension('ms-vscode.js-debug');
      assert.ok(jsDebug, `no built-in JavaScript debugger: ${vscode.extensions.all.map((e) => e.id).join(', ')}`);
      await jsDebug.activate();
      const canary = spawn('sleep', ['600'], { stdio: 'ignore' });
      const alive = () => {
        try {
          process.kill(canary.pid!, 0);
          return canary.exitCode === null && canary.signalCode === null;
        } catch {
          return false;
        }
      };
      const source = vscode.Uri.file(path.join(dir, 'server.js'));
      await vscode.window.showTextDocument(source);
      const bp = new vscode.SourceBreakpoint(new vscode.Location(source, new vscode.Position(2, 2)));
      vscode.debug.addBreakpoints([bp]);
      const stopped: { session: vscode.DebugSession; threadId: number }[] = [];
      const output: string[] = [];
      const tracker = vscode.debug.registerDebugAdapterTrackerFactory('*', {
        createDebugAdapterTracker: (session) => ({
          onDidSendMessage: (m: {
            type?: string;
            event?: string;
            body?: { reason?: string; threadId?: number; output?: string };
          }) => {
            if (m.type === 'event' && m.event === 'stopped' && m.body?.threadId !== undefined)
              stopped.push({ session, threadId: m.body.threadId });
            if (m.type === 'event' && m.event === 'output' && m.body?.output) output.push(m.body.output);
          },
        }),
      });
      try {
        const started = await vscode.debug.startDebugging(folder, {
          type: 'stevedore',
          request: 'launch',
          name: 'Debug debugapp in a container',
          dockerfile: `${path.basename(dir)}/Dockerfile`,
          tag: appTag,
          labels: runLabels(),
          env: { CANARY_PID: String(canary.pid) },
        });
        assert.ok(started, 'the debug session did not start');
        const hit = await waitFor('the breakpoint to be hit', () => stopped[0], 90_000);
        const trace = (await hit.session.customRequest('stackTrace', { threadId: hit.threadId, levels: 1 })) as {
          stackFrames: { line: number; source?: { path?: string } }[];
        };
        const top = trace.stackFrames[0]!;
        assert.equal(top.line, 3);
        // a remote extension host (code-server) names the file by its vscode-remote URI
        const framePath = top.source?.path ?? '';
        const local = /^[a-z][\w+.-]*:\/\//i.test(framePath) ? vscode.Uri.parse(framePath).path : framePath;
        assert.equal(local, source.fsPath, 'the frame maps to the workspace file (localRoot/remoteRoot)');
        assert.equal((await debugContainers()).length, 1);
        await screenshot('debug-breakpoint-in-container');
        // on again: the app's output reaches the Debug Console
        vscode.debug.removeBreakpoints([bp]);
        await hit.session.customRequest('continue', { threadId: hit.threadId });
        await waitFor(
          "the app's ticks in the debug console",
          async () => output.some((o) => o.includes('tick')),
          30_000,
        );
        await vscode.debug.stopDebugging();
        await waitFor('the debug container to be removed', async () => (await debugContainers()).length === 0, 30_000);
        await new Promise((r) => setTimeout(r, 1_000));
        assert.ok(alive(), 'ending the session killed a process on this machine named by the pid in the container');
      } finally {
        tracker.dispose();
        vscode.debug.removeBreakpoints([bp]);
        canary.kill();
      }
    });
  });
}
