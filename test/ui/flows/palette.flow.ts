/// <reference types="mocha" />
// Verbs from the command palette: with no tree item, the command asks which item (only those it applies to);
// prune's confirmation.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { answer } from '../driver/answer';
import { docker, labels, runContainer, TEST_IMAGE } from '../driver/docker';
import type { Session } from '../driver/session';
import { pane, runCommand, waitForRow, withStevedoreSidebar } from '../driver/workbench';

export default function register(s: Session): void {
  suite('command palette (ui)', () => {
    let page!: Page;
    withStevedoreSidebar(
      s,
      (p) => {
        page = p;
      },
      { filterContainers: true },
    );

    test('Docker: Pause asks which container, offering running ones only; the row then shows it paused', async function () {
      this.timeout(60_000);
      const name = `${s.prefix}-palette`;
      await runContainer(s.config.id, name);
      try {
        await waitForRow(page, 'Containers', name);
        const row = pane(page, 'Containers').locator('.monaco-list-row', { hasText: name }).first();
        await eventually(async () => /\bUp\b/.test(await row.innerText()), `${name} shown as running`);
        await runCommand(page, 'Docker: Pause');
        const picked = await answer(page, {
          op: 'quickInput',
          title: 'Pause: which container?',
          fill: name,
          check: [name],
        });
        assert.equal(picked.error, undefined, picked.error);
        await eventually(
          async () => /paused/i.test(`${await row.getAttribute('aria-label')} ${await row.innerText()}`),
          `${name} shown as paused`,
        );
        assert.equal(await docker('inspect', '-f', '{{.State.Status}}', name), 'paused');
        await s.shot(page, 'palette-paused');
        // a paused container is not offered again; the run's other containers are
        await runCommand(page, 'Docker: Pause');
        await page
          .locator('.quick-input-widget .quick-input-title', { hasText: 'Pause: which container?' })
          .waitFor({ timeout: 15_000 });
        await page.locator('.quick-input-widget .quick-input-box input').fill(s.prefix);
        const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
        await rows
          .filter({ hasText: `${s.prefix}-c1` })
          .first()
          .waitFor({ timeout: 10_000 });
        assert.equal(await rows.filter({ hasText: name }).count(), 0, `${name} offered to Pause while paused`);
      } finally {
        await page.keyboard.press('Escape');
        await docker('rm', '-f', name);
      }
    });

    test('Docker: Remove Stopped Containers… lists what would go in its confirmation; Cancel keeps them', async function () {
      this.timeout(45_000);
      // the engine is shared: cancel rather than remove other people's stopped containers
      const name = `${s.prefix}-stopped`;
      await docker('create', ...labels(s.config.id), '--name', name, '--network', 'none', TEST_IMAGE, 'true');
      try {
        await runCommand(page, 'Docker: Remove Stopped Containers…');
        const dialog = page.locator('.monaco-dialog-box');
        await dialog.waitFor({ state: 'visible', timeout: 15_000 });
        const text = await dialog.innerText();
        assert.match(text, /Remove \d+ items? \(stopped containers\) and reclaim/);
        assert.ok(text.includes(name) || /more \(listed in the output channel\)/.test(text), `confirmation: ${text}`);
        await s.shot(page, 'prune-confirmation');
        await dialog
          .locator('.monaco-button', { hasText: /^Cancel$/ })
          .first()
          .click();
        await dialog.waitFor({ state: 'hidden', timeout: 5_000 });
        assert.equal(await docker('inspect', '-f', '{{.State.Status}}', name), 'created');
      } finally {
        await docker('rm', '-f', name);
      }
    });
  });
}

async function eventually(probe: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${what}`);
}
