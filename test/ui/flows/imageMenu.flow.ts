/// <reference types="mocha" />
// An image's context menu in the Images view (the verbs a tagged image offers, Tag… for real), and
// Execute Command… on a running container, its output in the output panel.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { docker } from '../driver/docker';
import type { Session } from '../driver/session';
import {
  contextMenu,
  filterView,
  openStevedore,
  pane,
  runMenuItem,
  waitForRow,
  widenSidebar,
} from '../driver/workbench';

export default function register(s: Session): void {
  suite('image menu and Execute Command (ui)', () => {
    let page: Page;
    const latest = /^\s*latest/; // the row text runs label and description together
    suiteSetup(async function () {
      this.timeout(90_000);
      page = await s.workbench('up');
      await openStevedore(page);
      await widenSidebar(page, 480);
      await filterView(page, 'Images', s.prefix);
      await waitForRow(page, 'Images', s.prefix);
      const repo = pane(page, 'Images').locator('.monaco-list-row', { hasText: s.prefix }).first();
      if ((await repo.getAttribute('aria-expanded')) !== 'true') await repo.click();
      await waitForRow(page, 'Images', latest);
    });
    suiteTeardown(async () => {
      await filterView(page, 'Images', '');
    });
    teardown(async () => {
      await page.keyboard.press('Escape');
    });

    test('a tagged image offers the run, registry, info and remove verbs', async () => {
      const items = await contextMenu(page, 'Images', latest);
      for (const verb of [
        'Run',
        'Run…',
        'Run Interactive',
        'Create Container…',
        'Pull Again',
        'Push',
        'Tag…',
        'Inspect',
        'Show History',
        'Copy ID',
        'Remove…',
      ]) {
        assert.ok(items.includes(verb), `no '${verb}' in ${JSON.stringify(items)}`);
      }
      await s.shot(page, 'image-menu', { mouseAway: false });
    });

    test('Tag… asks for the new reference; the tag appears in the view and on the engine', async function () {
      this.timeout(45_000);
      const repo = `${s.prefix}-tagged`;
      try {
        await runMenuItem(page, 'Images', latest, 'Tag…');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill(`${repo}:v1`);
        await page.keyboard.press('Enter');
        await waitForRow(page, 'Images', repo);
        const id = await docker('image', 'inspect', '-f', '{{.Id}}', `${repo}:v1`);
        assert.equal(id, await docker('image', 'inspect', '-f', '{{.Id}}', `${s.prefix}:latest`));
      } finally {
        await docker('rmi', `${repo}:v1`).catch(() => undefined);
      }
    });

    test('Execute Command… runs a one-off command in the container and shows its output', async function () {
      this.timeout(45_000);
      await filterView(page, 'Containers', s.prefix);
      try {
        await runMenuItem(page, 'Containers', `${s.prefix}-c1`, 'Execute Command…');
        const input = page.locator('.quick-input-widget input');
        await input.waitFor({ state: 'visible', timeout: 10_000 });
        await input.fill('cat /etc/hostname');
        await page.keyboard.press('Enter');
        const hostname = await docker('inspect', '-f', '{{.Config.Hostname}}', `${s.prefix}-c1`);
        const output = page.locator('.part.panel .monaco-editor .view-lines');
        await output.filter({ hasText: 'cat /etc/hostname' }).waitFor({ timeout: 20_000 });
        await output.filter({ hasText: hostname }).waitFor({ timeout: 10_000 });
        await output.filter({ hasText: 'exit code 0' }).waitFor({ timeout: 10_000 });
        await s.shot(page, 'container-exec');
      } finally {
        await filterView(page, 'Containers', '');
      }
    });
  });
}
