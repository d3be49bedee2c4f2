/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { docker } from '../driver/docker';
import type { Session } from '../driver/session';

export default function register(s: Session): void {
  suite('status bar (ui)', () => {
    test('shows the engine the window talks to, by its context name', async () => {
      const page = await s.workbench('up');
      // Without DOCKER_HOST/DOCKER_CONTEXT the window uses the CLI's current context.
      const context = await docker('context', 'show');
      const entry = page.locator('.part.statusbar .statusbar-item', { hasText: context }).first();
      await entry.waitFor({ state: 'visible', timeout: 20_000 });
      const label = `${await entry.getAttribute('aria-label')} ${await entry.innerText()}`;
      assert.doesNotMatch(label, /unreachable|cannot connect/i, `status bar entry: ${label}`);
    });

    test("a click offers this window's choice of context, listing the CLI's contexts; Escape changes nothing", async () => {
      const page = await s.workbench('up');
      const context = await docker('context', 'show');
      await page.locator('.part.statusbar .statusbar-item', { hasText: context }).first().click();
      const title = page.locator('.quick-input-widget .quick-input-title', {
        hasText: 'Docker context for this window',
      });
      await title.waitFor({ state: 'visible', timeout: 15_000 });
      const rows = page.locator('.quick-input-widget .quick-input-list .monaco-list-row');
      await rows.filter({ hasText: "Follow Docker's choice" }).first().waitFor({ timeout: 10_000 });
      const labels = await rows.evaluateAll((els) =>
        els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''),
      );
      assert.ok(
        labels.some((l) => /\bdefault\b/.test(l)),
        `contexts offered: ${JSON.stringify(labels)}`,
      );
      await s.shot(page, 'status-bar-context-picker');
      await page.keyboard.press('Escape');
      await title.waitFor({ state: 'hidden', timeout: 5_000 });
      assert.equal(await docker('context', 'show'), context);
      await page.locator('.part.statusbar .statusbar-item', { hasText: context }).first().waitFor({ timeout: 5_000 });
    });
  });
}
