/// <reference types="mocha" />
// The task types in the real VS Code, the way a user chains them in tasks.json: `stevedore-run` dependsOn
// `stevedore-build`; running it builds the scaffolded Node app (with the CLI that builds with BuildKit here), runs
// it with its port published, and the app answers there. A failing build task puts its error on the Dockerfile
// line through the $stevedore-build problem matcher.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { engine } from './engineHttp';
import { prefix, waitFor } from './harness';
import { buildNodeImage } from './nodeImage';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

function fetchText(port: number): Promise<string | undefined> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/', timeout: 1_000 }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve(body));
    });
    req.on('error', () => resolve(undefined));
    req.on('timeout', () => req.destroy());
  });
}

async function runTask(label: string): Promise<void> {
  const task = await waitFor(
    `the task "${label}" from tasks.json`,
    async () => (await vscode.tasks.fetchTasks()).find((t) => t.name === label),
    30_000,
  );
  await vscode.tasks.executeTask(task);
}

export default function register(): void {
  suite('inner loop: tasks from tasks.json (ui)', () => {
    let root = '';
    let dir = '';
    let tasksJson = '';
    let hadTasks = true;
    const base = () => `${prefix()}-tasknode:1`;
    const app = () => `${prefix()}-taskapp:1`;
    const container = () => `${prefix()}-taskapp`;
    let port = 0;

    suiteSetup(async function () {
      this.timeout(180_000);
      root = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
      dir = path.join(root, `${prefix()}-taskapp`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'taskapp', main: 'server.js' }));
      fs.writeFileSync(
        path.join(dir, 'server.js'),
        "require('http').createServer((q, s) => s.end('hello from taskapp')).listen(3000);\n",
      );
      fs.writeFileSync(path.join(dir, 'Dockerfile.broken'), `FROM ${base()}\nRUN /no/such/program\n`);
      await buildNodeImage(base());
      const written = await vscode.commands.executeCommand<string[]>(
        'stevedore.workspace.addDockerFiles',
        vscode.Uri.file(dir),
        { port: 3000, baseImage: base(), overwrite: false },
      );
      assert.ok(written.includes('Dockerfile'), JSON.stringify(written));
      port = await freePort();
      const rel = path.basename(dir);
      tasksJson = path.join(root, '.vscode', 'tasks.json');
      hadTasks = fs.existsSync(tasksJson);
      assert.equal(hadTasks, false, 'the test workspace has a tasks.json of its own');
      fs.mkdirSync(path.dirname(tasksJson), { recursive: true });
      fs.writeFileSync(
        tasksJson,
        JSON.stringify({
          version: '2.0.0',
          tasks: [
            { label: `${rel} build`, type: 'stevedore-build', tag: app(), dockerfile: `${rel}/Dockerfile` },
            {
              label: `${rel} run`,
              type: 'stevedore-run',
              image: app(),
              name: container(),
              ports: [`127.0.0.1:${port}:3000`],
              dependsOn: [`${rel} build`],
            },
            { label: `${rel} broken`, type: 'stevedore-build', tag: app(), dockerfile: `${rel}/Dockerfile.broken` },
          ],
        }),
      );
    });

    suiteTeardown(async function () {
      this.timeout(60_000);
      await engine('DELETE', `/containers/${encodeURIComponent(container())}?force=1`).catch(() => undefined);
      for (const tag of [app(), base()])
        await engine('DELETE', `/images/${encodeURIComponent(tag)}?force=1`).catch(() => undefined);
      if (!hadTasks) fs.rmSync(path.dirname(tasksJson), { recursive: true, force: true });
      fs.rmSync(dir, { recursive: true, force: true });
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('the run task, dependsOn the build task: the app is built, runs, and answers on its published port', async function () {
      this.timeout(180_000);
      await runTask(`${path.basename(dir)} run`);
      const body = await waitFor('the app to answer on its port', () => fetchText(port), 120_000);
      assert.equal(body, 'hello from taskapp');
    });

    test('a failing build task puts its error on the Dockerfile line', async function () {
      this.timeout(120_000);
      const broken = vscode.Uri.file(path.join(dir, 'Dockerfile.broken'));
      await runTask(`${path.basename(dir)} broken`);
      const diag = await waitFor(
        'the build error on Dockerfile.broken',
        async () => vscode.languages.getDiagnostics(broken).find((d) => d.source === 'docker build'),
        90_000,
      );
      assert.equal(diag.range.start.line, 1, `${diag.message} at line ${diag.range.start.line + 1}`);
      assert.equal(diag.severity, vscode.DiagnosticSeverity.Error);
      assert.match(diag.message, /no\/such\/program|not found|exit code/i);
    });
  });
}
