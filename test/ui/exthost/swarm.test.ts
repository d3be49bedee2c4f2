// The Swarm view on a private swarm: scripts/swarm-cluster.sh starts its own dockerd(s) (never the shared engine), the
// window is pointed at the manager through stevedore.engine.host, a stack is deployed from a compose file in the
// workspace, and the view, the code lenses, scale and service logs are checked; then everything is taken down.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import * as vscode from 'vscode';
import type { SwarmTreeNode } from '../../../src/core/swarm/tree';
import { api, harness, screenshot, sleep, ui, waitFor } from './harness';

// bundled into test/ui/.run/exthost/index.js: the repository is four levels up
const root = path.resolve(__dirname, '../../../..');
const script = path.join(root, 'scripts/swarm-cluster.sh');
// never execFileSync here: it would block the extension host for the cluster's start-up
const cluster = async (...args: string[]) =>
  (await promisify(execFile)('bash', [script, ...args], { encoding: 'utf8', env: { ...process.env, CI: 'true' } }))
    .stdout;

export default function register(): void {
  suite('swarm (ui)', () => {
    const dir = fs.mkdtempSync('/tmp/stv-ui-swarm-');
    const stack = `stvui${harness.id.slice(0, 6)}`;
    let host = '';
    let composeFile = '';
    const config = () => vscode.workspace.getConfiguration('stevedore');

    suiteSetup(async function () {
      this.timeout(180_000);
      const out = await cluster('up', dir);
      host = /STV_SWARM_NODE1=(\S+)/.exec(out)?.[1] ?? '';
      assert.ok(host, out);
      await config().update('engine.host', host, vscode.ConfigurationTarget.Global);
      const folder = vscode.workspace.workspaceFolders![0]!.uri.fsPath;
      const sub = path.join(folder, `swarm-${harness.id}`);
      fs.mkdirSync(sub, { recursive: true });
      composeFile = path.join(sub, 'compose.yaml');
      fs.writeFileSync(
        composeFile,
        [
          // the engine's own CLI (20.10) reads a file without `version:` as v1, which stacks do not take
          "version: '3.8'",
          'services:',
          '  web:',
          '    image: stevedore-test/busybox:latest',
          '    command: ["sh", "-c", "echo hello from web; sleep 3600"]',
          '    stop_grace_period: 1s',
          '    deploy:',
          '      replicas: 2',
          '  api:',
          '    image: stevedore-test/busybox:latest',
          '    command: ["sleep", "3600"]',
          '    stop_grace_period: 1s',
          '',
        ].join('\n'),
      );
    });

    suiteTeardown(async function () {
      this.timeout(120_000);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await config().update('engine.host', undefined, vscode.ConfigurationTarget.Global);
      if (composeFile) fs.rmSync(path.dirname(composeFile), { recursive: true, force: true });
      await cluster('down', dir);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test('the Swarm view appears for a swarm manager, and a stack deploys from the editor with live lenses', async function () {
      this.timeout(180_000);
      const swarm = (await api()).swarm;
      await waitFor('the window on the swarm manager', async () => (await swarm.state()).manager, 30_000);
      // the view's `when` (stevedore.swarm.manager) may reach the workbench a moment after the state is read
      await waitFor('the Swarm view shown', async () => {
        await vscode.commands.executeCommand('stevedore.swarm.focus');
        return swarm.visible;
      });
      const sections = await swarm.rows();
      assert.deepEqual(
        sections.map((r) => r.label),
        ['Nodes', 'Services', 'Stacks', 'Secrets', 'Configs'],
      );
      const nodes = await swarm.rows(sections[0]!.node);
      assert.ok(nodes.length >= 1 && nodes.some((n) => /leader/.test(n.description)), JSON.stringify(nodes));

      const doc = await vscode.workspace.openTextDocument(composeFile);
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('stevedore.stack.deploy', doc.uri, {
        name: stack,
        envFile: '',
        resolveImage: 'never',
      });
      const servicesOf = async () => {
        const services = (await swarm.rows()).find((r) => r.label === 'Services')!;
        const group = (await swarm.rows(services.node)).find((r) => r.label === stack);
        return group ? swarm.rows(group.node) : [];
      };
      const rows = await waitFor(
        'web 2/2 and api 1/1 in the Swarm view',
        async () => {
          const r = await servicesOf();
          const d = (n: string) => r.find((x) => x.label === n)?.description ?? '';
          return d('web').startsWith('2/2') && d('api').startsWith('1/1') && r;
        },
        60_000,
      );
      const web = rows.find((r) => r.label === 'web')!;
      const tasks = await swarm.rows(web.node);
      assert.equal(tasks.filter((x) => x.description.startsWith('running')).length, 2, JSON.stringify(tasks));

      const lenses = async () =>
        ((await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri)) ?? [])
          .map((l) => l.command?.title ?? '')
          .filter((t) => t.includes(`stack ${stack}`));
      await waitFor('a stack lens on each service', async () => {
        const l = await lenses();
        return l.some((x) => x.endsWith(`stack ${stack}: 2/2`)) && l.some((x) => x.endsWith(`stack ${stack}: 1/1`));
      });
      const stackRow = (await swarm.rows((await swarm.rows()).find((r) => r.label === 'Services')!.node)).find(
        (r) => r.label === stack,
      )!;
      await swarm.reveal(stackRow.node);
      await swarm.reveal(web.node);
      await sleep(2000); // the editor re-asks for lenses after a short debounce
      await screenshot('swarm-stack');

      // scale from the view's node: the input box, then the view and the lens follow the engine
      const scaled = vscode.commands.executeCommand('stevedore.service.scale', web.node as SwarmTreeNode);
      await ui({ op: 'quickInput', title: `Scale ${stack}_web`, fill: '3' });
      await scaled;
      await waitFor(
        'web 3/3 in the view and its lens',
        async () =>
          (await servicesOf()).find((r) => r.label === 'web')?.description.startsWith('3/3') &&
          (await lenses()).some((x) => x.endsWith(`stack ${stack}: 3/3`)),
        60_000,
      );

      await vscode.commands.executeCommand('stevedore.service.logs', web.node);
      await waitFor(
        "the service's log view with task prefixes",
        () =>
          (swarm.logLines(`${stack}_web`) ?? []).filter((l) =>
            new RegExp(`^\\[${stack}_web\\.\\d@\\S+\\] hello from web$`).test(l),
          ).length >= 2 && true,
        30_000,
      );
      await screenshot('swarm-service-logs');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    });
  });
}
