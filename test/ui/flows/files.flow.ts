/// <reference types="mocha" />
// Files inside a container from the Containers view: expand the container, open a file, edit it, save it back.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { docker, runContainer } from '../driver/docker';
import type { Session } from '../driver/session';
import { pane, waitForRow, withStevedoreSidebar } from '../driver/workbench';

export default function register(s: Session): void {
  suite('container files (ui)', () => {
    let page!: Page;
    withStevedoreSidebar(
      s,
      (p) => {
        page = p;
      },
      { filterContainers: true },
    );

    test('edit a file inside a container from the explorer and save it', async function () {
      this.timeout(90_000);
      const name = `${s.prefix}-files`;
      await runContainer(s.config.id, name, 'mkdir -p /srv/app && echo before > /srv/app/config.txt; sleep 300');
      try {
        await waitForRow(page, 'Containers', name);
        const row = (text: string) => pane(page, 'Containers').locator('.monaco-list-row', { hasText: text }).first();
        for (const text of [name, 'srv', 'app']) {
          await waitForRow(page, 'Containers', text, 20_000);
          await row(text).click();
        }
        await waitForRow(page, 'Containers', 'config.txt', 20_000);
        await row('config.txt').click();
        await page.locator('.tabs-container .tab.active', { hasText: 'config.txt' }).waitFor({ timeout: 20_000 });
        const editor = page.locator('.editor-group-container.active .monaco-editor').first();
        await editor.locator('.view-lines').filter({ hasText: 'before' }).waitFor({ timeout: 10_000 });
        await editor.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.type('after the edit\n');
        await page.keyboard.press('Control+S');
        let content = '';
        for (let i = 0; i < 40 && content !== 'after the edit'; i++) {
          await page.waitForTimeout(250);
          content = await docker('exec', name, 'cat', '/srv/app/config.txt').catch(() => '');
        }
        assert.equal(content.trim(), 'after the edit');
        await s.shot(page, 'container-file-edit', { docs: true });
        await page.keyboard.press('Control+W');
      } finally {
        await docker('rm', '-f', name).catch(() => undefined);
      }
    });
  });
}
