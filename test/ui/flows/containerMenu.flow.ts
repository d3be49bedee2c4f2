/// <reference types="mocha" />
// A container's context menu in the Containers view: the verbs its state allows, and what they do.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { docker, runContainer } from '../driver/docker';
import type { Session } from '../driver/session';
import { contextMenu, pane, runMenuItem, waitForNoRow, waitForRow, withStevedoreSidebar } from '../driver/workbench';

export default function register(s: Session): void {
  suite('container context menu (ui)', () => {
    let page!: Page;
    withStevedoreSidebar(
      s,
      (p) => {
        page = p;
      },
      { filterContainers: true },
    );
    teardown(async () => {
      await page.keyboard.press('Escape');
    });

    test('a running container offers stop, shell, logs, inspect and remove, not start', async () => {
      const c1 = `${s.prefix}-c1`;
      await waitForRow(page, 'Containers', c1);
      const items = await contextMenu(page, 'Containers', c1);
      for (const verb of ['Stop', 'Restart', 'Pause', 'Attach Shell', 'View Logs', 'Inspect', 'Remove…']) {
        assert.ok(items.includes(verb), `no '${verb}' in ${JSON.stringify(items)}`);
      }
      for (const verb of ['Start', 'Unpause'])
        assert.ok(!items.includes(verb), `'${verb}' offered for a running container`);
      await s.shot(page, 'container-menu', { docs: true, mouseAway: false }); // moving away would close the menu
    });

    test("a compose project's menu: its verbs in one group first, Pause or Unpause by state, no container duplicates", async function () {
      this.timeout(60_000);
      const project = `${s.prefix}-shop`;
      const projectVerbs = [
        'Compose Up',
        'Compose Down…',
        'Compose Restart',
        'Compose Logs…',
        'Compose Pull',
        'Compose Build',
      ];
      // the project's row, not its containers' (`<project>-web-1`)
      const row = new RegExp(`^${project}(?!-)`);
      const items = await menuWithDisabled(page, row);
      assert.deepEqual(items.slice(0, 6), projectVerbs, JSON.stringify(items));
      assert.ok(items.includes('Compose Stop') && items.includes('Pause'), JSON.stringify(items));
      for (const verb of ['Unpause', 'Start', 'Stop', 'Restart', 'Kill…', 'Remove…', 'Compose Start'])
        assert.ok(!items.includes(verb), `'${verb}' on a running project: ${JSON.stringify(items)}`);
      await s.shot(page, 'compose-project-menu', { docs: true, mouseAway: false });
      await page.keyboard.press('Escape');
      // compose v1 names it <project>_cache_1, v2 <project>-cache-1: find it by its labels
      const cache = await docker(
        'ps',
        '-q',
        '--filter',
        `label=com.docker.compose.project=${project}`,
        '--filter',
        'label=com.docker.compose.service=cache',
      );
      await docker('pause', cache);
      try {
        let paused: string[] = [];
        await assertEventually(async () => {
          paused = await menuWithDisabled(page, row);
          await page.keyboard.press('Escape');
          return paused.includes('Unpause');
        }, `Unpause on ${project} with ${cache} paused`);
        assert.ok(!paused.includes('Pause'), `Pause and Unpause together: ${JSON.stringify(paused)}`);
      } finally {
        await docker('unpause', cache);
      }
    });

    test('Attach Shell opens a terminal running a shell in the container', async function () {
      this.timeout(45_000);
      await runMenuItem(page, 'Containers', `${s.prefix}-c1`, 'Attach Shell');
      const terminal = page.locator('.terminal-wrapper.active .xterm').first();
      await terminal.waitFor({ state: 'visible', timeout: 20_000 });
      await page.waitForTimeout(1000); // the shell prints its prompt
      await terminal.click();
      await page.keyboard.type('echo stevedore-$((6*7)) && hostname\n');
      const rows = page.locator('.terminal-wrapper.active .xterm-rows');
      await rows.filter({ hasText: 'stevedore-42' }).waitFor({ timeout: 15_000 });
      const id = await docker('inspect', '-f', '{{.Config.Hostname}}', `${s.prefix}-c1`);
      await rows.filter({ hasText: id }).waitFor({ timeout: 5_000 });
      await s.shot(page, 'container-shell', { docs: true });
    });

    test("Inspect opens the container's JSON in a tab named after it", async function () {
      this.timeout(30_000);
      const c1 = `${s.prefix}-c1`;
      await runMenuItem(page, 'Containers', c1, 'Inspect');
      await page.locator('.tabs-container .tab.active', { hasText: c1 }).waitFor({ timeout: 15_000 });
      const id = await docker('inspect', '-f', '{{.Id}}', c1);
      const editor = page.locator('.editor-group-container.active .monaco-editor .view-lines');
      await editor.filter({ hasText: `"Id": "${id}"` }).waitFor({ timeout: 10_000 });
      await page.keyboard.press('Control+W');
    });

    test('View Logs shows what the container printed, and follows it', async function () {
      this.timeout(45_000);
      const name = `${s.prefix}-logs`;
      await runContainer(
        s.config.id,
        name,
        'i=0; while true; do echo "stevedore-log-line $i"; i=$((i+1)); sleep 1; done',
      );
      try {
        await waitForRow(page, 'Containers', name);
        const row = pane(page, 'Containers').locator('.monaco-list-row', { hasText: name }).first();
        await assertEventually(async () => /\bUp\b/.test(await row.innerText()), `${name} shown as running`);
        await runMenuItem(page, 'Containers', name, 'View Logs');
        // The log view is a webview: an iframe holding the active frame with the page.
        const body = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame').locator('body');
        await body.filter({ hasText: 'stevedore-log-line 0' }).waitFor({ timeout: 20_000 });
        const seen = Number(/stevedore-log-line (\d+)\s*$/.exec((await body.innerText()).trim())?.[1] ?? 0);
        await body.filter({ hasText: `stevedore-log-line ${seen + 2}` }).waitFor({ timeout: 15_000 }); // new lines arrive
        await s.shot(page, 'container-logs', { docs: true });
        // the find box opens over the top right of the webview: it must leave the toolbar free
        const frame = page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
        await frame.locator('#find').click();
        const find = page.locator('.simple-find-part.visible').last();
        await find.waitFor({ timeout: 10_000 });
        const [box, bar] = [await find.boundingBox(), await frame.locator('#toolbar').boundingBox()];
        assert.ok(box && bar, 'find box and toolbar on screen');
        const overlaps =
          box.x < bar.x + bar.width &&
          bar.x < box.x + box.width &&
          box.y < bar.y + bar.height &&
          bar.y < box.y + box.height;
        assert.ok(!overlaps, `find box ${JSON.stringify(box)} covers the toolbar ${JSON.stringify(bar)}`);
        await page.keyboard.press('Escape');
      } finally {
        await docker('rm', '-f', name);
      }
    });

    test('Stop, then Remove… with a confirmation naming the container', async function () {
      this.timeout(60_000);
      const name = `${s.prefix}-menu`;
      await runContainer(s.config.id, name);
      await waitForRow(page, 'Containers', name);
      const row = pane(page, 'Containers').locator('.monaco-list-row', { hasText: name }).first();
      // `docker run` is a create event, then a start event: wait for the row to say it runs
      await assertEventually(async () => /\bUp\b/.test(await row.innerText()), `${name} shown as running`);
      await runMenuItem(page, 'Containers', name, 'Stop');
      await assertEventually(
        async () => /exited/i.test(`${await row.getAttribute('aria-label')} ${await row.innerText()}`),
        `${name} shown as exited`,
      );
      assert.equal(await docker('inspect', '-f', '{{.State.Status}}', name), 'exited');
      const items = await contextMenu(page, 'Containers', name);
      assert.ok(
        items.includes('Start') && !items.includes('Stop'),
        `menu of a stopped container: ${JSON.stringify(items)}`,
      );
      await page.keyboard.press('Escape');
      await runMenuItem(page, 'Containers', name, 'Remove…');
      const dialog = page.locator('.monaco-dialog-box');
      await dialog.waitFor({ state: 'visible', timeout: 10_000 });
      assert.match(await dialog.innerText(), new RegExp(name));
      await s.shot(page, 'container-remove-confirmation');
      await dialog
        .locator('.monaco-button', { hasText: /^Remove/ })
        .first()
        .click();
      await waitForNoRow(page, 'Containers', name);
      assert.equal(await docker('ps', '-aq', '--filter', `name=^${name}$`), '');
    });
  });
}

/**
 * Every label of the row's context menu, disabled ones too: compose verbs need a trusted workspace, which the flows'
 * window is not, and the menu's shape is what counts here.
 */
async function menuWithDisabled(page: Page, row: RegExp): Promise<string[]> {
  await contextMenu(page, 'Containers', row);
  return page
    .locator('.context-view .monaco-menu .action-item .action-label')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim()).filter(Boolean));
}

async function assertEventually(probe: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}
