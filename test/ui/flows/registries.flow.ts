/// <reference types="mocha" />
// The Registries view against the two loopback registries of scripts/setup-registry.sh: an open one lists this
// run's repository and its tags with their digests; the basic-auth one says it needs a login, and after "Log In
// to Registry…" from its context menu (the CLI stores the login in the server's own DOCKER_CONFIG) lists its
// repository too.
import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { answer } from '../driver/answer';
import { TEST_IMAGE } from '../driver/docker';
import type { Session } from '../driver/session';
import { expand, pane, runCommand, runMenuItem, waitForRow, withStevedoreSidebar } from '../driver/workbench';

const OPEN = process.env.STEVEDORE_TEST_REGISTRY ?? '127.0.0.1:5055';
const AUTH = process.env.STEVEDORE_TEST_REGISTRY_AUTH ?? '127.0.0.1:5056';
const USER = 'stevedore';
const PASSWORD = 'stevedore-test-pw';

/** The docker CLI with the driver's own config dir (its login never touches the user's), `input` on stdin. */
function cli(config: string, args: string[], input?: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      process.env.DOCKER ?? 'docker',
      ['--config', config, ...args],
      { maxBuffer: 16 * 1024 * 1024 },
      (err, stdout, stderr) =>
        err ? reject(new Error(`docker ${args.join(' ')}: ${stderr || err.message}`)) : resolve(stdout.trim()),
    );
    child.stdin?.end(input ?? '');
  });
}

/** Deletes a manifest by digest (the registries run with deletion enabled); best effort. */
async function deleteManifest(host: string, repo: string, digest: string, auth?: string): Promise<void> {
  await fetch(`http://${host}/v2/${repo}/manifests/${digest}`, {
    method: 'DELETE',
    headers: auth ? { Authorization: `Basic ${Buffer.from(auth).toString('base64')}` } : {},
  }).catch(() => undefined);
}

async function eventually(probe: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250)))
    if (await probe()) return;
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Expands the view's row containing `text` (a click on a collapsed row's twistie). */
async function open(page: Page, text: string): Promise<void> {
  await waitForRow(page, 'Registries', text);
  const row = pane(page, 'Registries').locator('.monaco-list-row', { hasText: text }).first();
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  await eventually(async () => (await row.getAttribute('aria-expanded')) === 'true', `${text} expanded`);
}

export default function register(s: Session): void {
  suite('registries view (ui)', () => {
    let page!: Page;
    let config = '';
    const openRepo = `${s.prefix}/app`;
    const authRepo = `${s.prefix}/private`;
    const pushed: { host: string; repo: string; tag: string; digest?: string }[] = [
      { host: OPEN, repo: openRepo, tag: 'v1' },
      { host: OPEN, repo: openRepo, tag: 'v2' },
      { host: AUTH, repo: authRepo, tag: 'v1' },
    ];
    withStevedoreSidebar(s, (p) => {
      page = p;
    });

    suiteSetup(async function () {
      this.timeout(120_000);
      config = fs.mkdtempSync(path.join(os.tmpdir(), 'stevedore-ui-cli-'));
      await cli(config, ['login', '--username', USER, '--password-stdin', AUTH], `${PASSWORD}\n`);
      for (const p of pushed) {
        const ref = `${p.host}/${p.repo}:${p.tag}`;
        await cli(config, ['tag', TEST_IMAGE, ref]);
        await cli(config, ['push', ref]);
        p.digest = (await cli(config, ['image', 'inspect', '--format', '{{json .RepoDigests}}', ref])).match(
          /sha256:[0-9a-f]{64}/,
        )?.[0];
        await cli(config, ['rmi', ref]);
      }
    });

    suiteTeardown(async function () {
      this.timeout(60_000);
      for (const view of ['Containers', 'Images', 'Volumes', 'Networks', 'Engines']) await expand(page, view);
      for (const p of pushed)
        if (p.digest)
          await deleteManifest(p.host, p.repo, p.digest, p.host === AUTH ? `${USER}:${PASSWORD}` : undefined);
      if (config) fs.rmSync(config, { recursive: true, force: true });
    });

    test('an added V2 registry lists its repositories and their tags with digests', async function () {
      this.timeout(90_000);
      // the other views folded, so the Registries view has room for its rows (only rendered rows exist)
      for (const view of ['Containers', 'Images', 'Volumes', 'Networks', 'Engines']) {
        const header = pane(page, view).locator('.pane-header');
        if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
      }
      await expand(page, 'Registries');
      await runCommand(page, 'Docker: Add Registry…');
      const added = await answer(page, { op: 'quickInput', title: 'Add a registry', fill: OPEN });
      assert.equal(added.error, undefined, added.error);
      await open(page, OPEN);
      await open(page, openRepo);
      // the same image pushed twice: both tags on one digest, each shown with its size and platform
      const digest = pushed[0]!.digest!.replace('sha256:', '').slice(0, 12);
      // the registry may hold many repositories (other runs, other suites): only rendered rows exist, so scroll
      // until v2's row is in view, then a row up at a time until v1's is too
      await waitForRow(page, 'Registries', new RegExp(`v2\\s*${digest}`));
      const rowsWithDigest = pane(page, 'Registries').locator('.monaco-list-row', { hasText: digest });
      await rowsWithDigest.last().hover();
      await eventually(async () => {
        if ((await rowsWithDigest.count()) === 2) return true;
        await page.mouse.wheel(0, -22);
        return false;
      }, 'two tag rows on the digest');
      const texts = (await rowsWithDigest.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
      assert.equal(texts.length, 2, JSON.stringify(texts));
      assert.match(texts[0]!, new RegExp(`^v1 ?${digest} · [0-9.]+ [kM]B · linux/amd64`), JSON.stringify(texts));
      assert.match(texts[1]!, new RegExp(`^v2 ?${digest} · [0-9.]+ [kM]B · linux/amd64`), JSON.stringify(texts));
      await s.shot(page, 'registries-open');
    });

    test('the basic-auth registry asks for a login; after Log In… from its menu it lists its repository', async function () {
      this.timeout(90_000);
      await runCommand(page, 'Docker: Add Registry…');
      const added = await answer(page, { op: 'quickInput', title: 'Add a registry', fill: AUTH });
      assert.equal(added.error, undefined, added.error);
      await open(page, AUTH);
      await waitForRow(page, 'Registries', /needs a login|log in to/i);
      await runMenuItem(page, 'Registries', AUTH, 'Log In to Registry…');
      // the host is filled in from the row; then the user name and the password (never shown, sent on stdin)
      const host = await answer(page, { op: 'quickInput', title: 'Log in: registry' });
      assert.equal(host.error, undefined, host.error);
      const user = await answer(page, { op: 'quickInput', title: `Log in to ${AUTH}: user name`, fill: USER });
      assert.equal(user.error, undefined, user.error);
      const pw = await answer(page, { op: 'quickInput', title: 'password or access token', fill: PASSWORD });
      assert.equal(pw.error, undefined, pw.error);
      // the CLI wrote the login to the server's DOCKER_CONFIG, never the user's
      const file = path.join(s.config.dockerConfig, 'config.json');
      const auths = () => {
        try {
          return (JSON.parse(fs.readFileSync(file, 'utf8')) as { auths?: Record<string, unknown> }).auths ?? {};
        } catch {
          return {};
        }
      };
      await eventually(async () => !!auths()[AUTH], `a login for ${AUTH} in ${file}`, 30_000);
      await runCommand(page, 'Notifications: Show Notifications');
      const note = await answer(page, { op: 'notification', text: `Logged in to ${AUTH}` });
      assert.equal(note.error, undefined, note.error);
      await page.keyboard.press('Escape');
      await runCommand(page, 'Docker: Refresh Registries');
      await waitForRow(page, 'Registries', new RegExp(`${AUTH}.*logged in`, 's'), 20_000);
      await open(page, AUTH);
      await open(page, authRepo);
      const digest = pushed[2]!.digest!.replace('sha256:', '').slice(0, 12);
      await waitForRow(page, 'Registries', digest);
      await s.shot(page, 'registries-logged-in', { docs: true });
    });

    test('Docker Hub, unreachable from here, says so once under its node with Retry; so does Search Docker Hub…', async function () {
      this.timeout(90_000);
      // a Docker Hub login as `docker login` stores it, in the server's own DOCKER_CONFIG (restored afterwards)
      const file = path.join(s.config.dockerConfig, 'config.json');
      const before = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
      const conf = (before ? JSON.parse(before) : {}) as { auths?: Record<string, unknown> };
      const auth = Buffer.from('someone:dckr_pat_not-a-real-token').toString('base64');
      conf.auths = { ...conf.auths, 'https://index.docker.io/v1/': { auth } };
      fs.writeFileSync(file, JSON.stringify(conf));
      try {
        for (const view of ['Containers', 'Images', 'Volumes', 'Networks', 'Engines']) {
          const header = pane(page, view).locator('.pane-header');
          if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
        }
        await expand(page, 'Registries');
        // the loopback registries' rows fold away, so Docker Hub's row (the first) is in view
        const header = pane(page, 'Registries').locator('.pane-header');
        await header.hover();
        await header.locator('.action-label[aria-label*="Collapse All"]').click();
        await runCommand(page, 'Docker: Refresh Registries');
        await open(page, 'Docker Hub');
        const offline = /Docker Hub is not reachable \(getaddrinfo \w+ hub\.docker\.com\)\s*check the network or proxy/;
        await waitForRow(page, 'Registries', offline, 30_000);
        const rows = pane(page, 'Registries').locator('.monaco-list-row');
        assert.equal(await rows.filter({ hasText: offline }).count(), 1);
        await s.shot(page, 'registries-hub-unreachable');
        await rows
          .filter({ hasText: /^\s*Retry\s*$/ })
          .first()
          .click();
        await waitForRow(page, 'Registries', offline, 30_000);
        assert.equal(await rows.filter({ hasText: offline }).count(), 1);
      } finally {
        if (before === undefined) fs.rmSync(file, { force: true });
        else fs.writeFileSync(file, before);
      }
      // search as you type: one plain row for the engine's failure, in place of results
      await runCommand(page, 'Docker: Search Docker Hub…');
      const widget = page.locator('.quick-input-widget');
      await widget.locator('input').fill('busybox');
      const failed = widget.locator('.monaco-list-row', { hasText: 'Docker Hub is not reachable from the engine' });
      await failed.first().waitFor({ state: 'visible', timeout: 30_000 });
      assert.equal(await failed.count(), 1);
      assert.match(await failed.first().innerText(), /check the engine's network or proxy · Press Enter to retry/);
      await s.shot(page, 'search-hub-unreachable');
      await page.keyboard.press('Escape');
    });
  });
}
