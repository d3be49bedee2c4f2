/// <reference types="mocha" />
// The first minute: empty views offer the next step (welcome views, on an engine that has nothing yet: a private
// Podman service), and Run… from the palette takes an image the engine does not have, pulling it first.
import * as assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { TEST_IMAGE, engine, get, removeContainer } from './engineHttp';
import { api, prefix, screenshot, sleep, ui, waitFor } from './harness';

/** A Podman API service with its own empty store: an engine with no containers and no images. */
async function emptyEngine(dir: string): Promise<{ host: string; proc: ChildProcess }> {
  const sock = path.join(dir, 'podman.sock');
  const args = ['--root', 'root', '--runroot', 'run', '--tmpdir', 'tmp', '--network-config-dir', 'net']
    .map((a, i) => (i % 2 ? path.join(dir, a) : a))
    .concat(['--storage-driver', 'vfs', '--cgroup-manager', 'cgroupfs', '--events-backend', 'file']);
  const proc = spawn('podman', [...args, 'system', 'service', '--time=0', `unix://${sock}`], { stdio: 'ignore' });
  await waitFor('the Podman service socket', () => fs.existsSync(sock) || (proc.exitCode !== null && 'exited'), 30_000);
  if (proc.exitCode !== null) throw new Error(`podman system service exited (${proc.exitCode})`);
  return { host: `unix://${sock}`, proc };
}

export default function register(): void {
  suite('first run (ui)', () => {
    let dir = '';
    let podman: ChildProcess | undefined;
    suiteSetup(async function () {
      this.timeout(60_000);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-ui-empty-'));
      const empty = await emptyEngine(dir);
      podman = empty.proc;
      await vscode.workspace
        .getConfiguration('stevedore')
        .update('engine.host', empty.host, vscode.ConfigurationTarget.Global);
      const { services } = await api();
      await waitFor(
        'the window on the empty engine',
        () => services.engine.endpoint.host === empty.host && services.monitor.health.state === 'connected',
        30_000,
      );
    });
    suiteTeardown(async function () {
      this.timeout(30_000);
      await vscode.workspace
        .getConfiguration('stevedore')
        .update('engine.host', undefined, vscode.ConfigurationTarget.Global);
      const { services } = await api();
      await waitFor(
        'the engine back',
        () => !services.engine.endpoint.host.includes(dir) && services.monitor.health.state === 'connected',
        20_000,
      );
      if (podman?.pid) process.kill(podman.pid, 'SIGTERM');
      await sleep(500);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    test('an empty Containers view offers "Run an image…" and, with a compose file here, "Compose Up…"', async function () {
      this.timeout(60_000);
      await vscode.commands.executeCommand('stevedore.containers.focus');
      const views = (await api()).views;
      assert.deepEqual(await views.containers.getChildren(), []);
      const welcome = await ui({ op: 'welcome', view: 'Containers', text: 'No containers yet' });
      await screenshot('welcome-containers');
      assert.match(welcome.text ?? '', /Run one from an image: it shows up here with its status, ports and logs\./);
      assert.match(welcome.text ?? '', /This workspace has a compose file: bring its services up\./);
      assert.deepEqual(welcome.items, ['Run an image…', 'Compose Up…']);
    });

    test('an empty Images view offers "Build an image…" and "Pull an image…"', async function () {
      this.timeout(60_000);
      await vscode.commands.executeCommand('stevedore.images.focus');
      const views = (await api()).views;
      assert.deepEqual(await views.images.getChildren(), []);
      const welcome = await ui({ op: 'welcome', view: 'Images', text: 'No images yet' });
      await screenshot('welcome-images');
      assert.match(welcome.text ?? '', /Build one from a Dockerfile, or pull one from a registry such as Docker Hub\./);
      assert.deepEqual(welcome.items, ['Build an image…', 'Pull an image…']);
    });
  });

  suite('Run… with an image the engine does not have (ui)', () => {
    const registry = process.env.STEVEDORE_TEST_REGISTRY || '127.0.0.1:5055';
    let repo = '';
    let ref = '';
    suiteSetup(async function () {
      this.timeout(60_000);
      repo = `${registry}/${prefix()}/first-run`;
      ref = `${repo}:1`;
      // in the registry, not on the engine: tag, push, untag
      assert.equal((await engine('POST', `/images/${TEST_IMAGE}/tag?repo=${repo}&tag=1`)).status, 201);
      const auth = Buffer.from('{}').toString('base64');
      const pushed = await engine('POST', `/images/${repo}/push?tag=1`, undefined, { 'X-Registry-Auth': auth });
      assert.equal(pushed.status, 200);
      assert.doesNotMatch(JSON.stringify(pushed.body), /"error"/);
      assert.equal((await engine('DELETE', `/images/${ref}`)).status, 200);
    });
    suiteTeardown(async function () {
      this.timeout(30_000);
      await engine('DELETE', `/images/${ref}`);
      // the registry keeps nothing of this run
      const manifest = `http://${registry}/v2/${prefix()}/first-run/manifests/1`;
      const accept = { Accept: 'application/vnd.docker.distribution.manifest.v2+json' };
      const head = await fetch(manifest, { method: 'HEAD', headers: accept }).catch(() => undefined);
      const digest = head?.headers.get('docker-content-digest');
      if (digest) await fetch(manifest.replace(/\/1$/, `/${digest}`), { method: 'DELETE' }).catch(() => undefined);
    });

    test('Run… from the palette takes the name, pulls it with progress, then runs it', async function () {
      this.timeout(120_000);
      const named = `${prefix()}-pulled`;
      try {
        const done = vscode.commands.executeCommand('stevedore.image.runWith');
        await ui({ op: 'quickInput', title: 'Run: which image?', fill: ref });
        await ui({ op: 'quickInput', title: `Run ${ref}`, fill: 'Name' });
        await ui({ op: 'quickInput', title: 'Container name', fill: named });
        await ui({ op: 'quickInput', title: `Run ${ref}`, fill: 'Network' });
        await ui({ op: 'quickInput', title: 'Network', fill: 'none' });
        await ui({ op: 'quickInput', title: `Run ${ref}`, fill: 'Run now' });
        await done;
        await vscode.commands.executeCommand('notifications.showList');
        const pulled = await ui({ op: 'notification', text: `Pulled ${ref}` });
        await vscode.commands.executeCommand('notifications.hideList');
        assert.match(pulled.text ?? '', /Pulled/);
        const c = await get(`/containers/${named}/json`);
        assert.equal(c.Config.Image, ref);
        assert.ok((await get(`/images/${encodeURIComponent(ref)}/json`)).Id, 'the image is local now');
      } finally {
        await removeContainer(named);
      }
    });
  });
}
