/// <reference types="mocha" />
// A second code-server whose environment has DOCKER_HOST=unix:///nonexistent.sock: nothing answers there.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { Session } from '../driver/session';
import { expand, openStevedore, pane, waitForRow, widenSidebar } from '../driver/workbench';
import { problemsFor } from './problems.flow';

/** Stable part of the welcome text for an endpoint where nothing answers. */
const REASON = /No Docker engine answers/;

export default function register(s: Session): void {
  suite('engine unreachable (ui)', () => {
    let page: Page;
    suiteSetup(async function () {
      this.timeout(90_000);
      page = await s.workbench('down');
      await openStevedore(page);
      await widenSidebar(page, 480);
    });

    test('the welcome view says why the engine cannot be reached and offers Retry', async function () {
      this.timeout(30_000);
      const welcome = pane(page, 'Containers').locator('.welcome-view-content');
      await welcome.filter({ hasText: REASON }).waitFor({ state: 'visible', timeout: 20_000 });
      const retry = welcome.locator('.monaco-button', { hasText: 'Retry' });
      await retry.waitFor({ state: 'visible' });
      await s.shot(page, 'engine-unreachable', { docs: true });
      await retry.click();
      // Still unreachable: the explanation stays (and the window stays usable).
      await page.waitForTimeout(1000);
      assert.match(await welcome.innerText(), REASON);
    });

    test('the Engines view shows the entry this window uses as unreachable, with the reason, not as healthy', async function () {
      this.timeout(30_000);
      await expand(page, 'Engines');
      // DOCKER_HOST makes `default` the context in use; its engine does not answer
      await waitForRow(
        page,
        'Engines',
        /this window .*unreachable: no Docker engine at unix:\/\/\/nonexistent\.sock/,
        20_000,
      );
      const row = pane(page, 'Engines').locator('.monaco-list-row', { hasText: 'this window' }).first();
      assert.equal(
        await row.locator('.codicon-pass-filled').count(),
        0,
        'the entry in use must not show the healthy check',
      );
      assert.equal(await row.locator('.codicon-error').count(), 1, 'the entry in use shows the error icon');
    });

    test('Dockerfiles are still linted (the offline rules), without waiting for the engine', async function () {
      this.timeout(40_000);
      await problemsFor(page, 'Dockerfile');
      await page
        .locator('.markers-panel .monaco-list-row', { hasText: 'Use absolute WORKDIR' })
        .first()
        .waitFor({ timeout: 10_000 });
    });

    test('the status bar names the endpoint and says it is unreachable', async () => {
      const entry = page.locator('.part.statusbar .statusbar-item', { hasText: /unreachable/i }).first();
      await entry.waitFor({ state: 'visible', timeout: 15_000 });
      const label = `${await entry.getAttribute('aria-label')} ${await entry.innerText()}`;
      assert.match(label, /nonexistent\.sock/, `status bar entry: ${label}`);
    });
  });
}
