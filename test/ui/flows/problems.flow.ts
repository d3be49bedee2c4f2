/// <reference types="mocha" />
// The workspace's bad Dockerfile and compose file: Stevedore's diagnostics in the Problems panel.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import type { Session } from '../driver/session';
import { openFile, runCommand } from '../driver/workbench';

/** Opens `file` and waits for its Stevedore problems in the Problems panel. */
export async function problemsFor(page: Page, file: string): Promise<void> {
  await openFile(page, file);
  await runCommand(page, 'View: Focus Problems');
  const panel = page.locator('.markers-panel');
  await panel.waitFor({ state: 'visible', timeout: 10_000 });
  // A file row, then its problems; each problem row names its source: "stevedore(rule-id)".
  await panel.locator('.monaco-list-row', { hasText: file }).first().waitFor({ timeout: 20_000 });
  await panel.locator('.monaco-list-row', { hasText: 'stevedore' }).first().waitFor({ timeout: 20_000 });
}

export default function register(s: Session): void {
  suite('problems (ui)', () => {
    test('a Dockerfile with problems shows Stevedore diagnostics in the Problems panel', async function () {
      this.timeout(60_000);
      const page = await s.workbench('up');
      await problemsFor(page, 'Dockerfile');
      await s.shot(page, 'problems-dockerfile', { docs: true });
    });

    test('the quick fix of a problem rewrites the line, and the problem goes', async function () {
      this.timeout(60_000);
      const page = await s.workbench('up');
      await problemsFor(page, 'Dockerfile');
      const panel = page.locator('.markers-panel');
      // Clicking the message (not the rule's docs link) puts the cursor on the problem.
      await panel
        .locator('.monaco-list-row', { hasText: 'MAINTAINER is deprecated' })
        .first()
        .dblclick({ position: { x: 90, y: 10 } });
      await page.locator('.monaco-editor.focused').waitFor({ timeout: 10_000 });
      const fix = page.locator('.action-widget .monaco-list-row', { hasText: 'Replace with LABEL' }).first();
      // The menu lists what the server answered when it opened: on a busy machine the first Ctrl+. can come
      // before the cursor has settled on the problem, so ask again (as a user would) before giving up.
      for (let attempt = 1; ; attempt++) {
        await page.keyboard.press('Control+.');
        try {
          await fix.waitFor({ timeout: 8_000 });
          break;
        } catch (e) {
          if (attempt === 3) throw e;
          await page.keyboard.press('Escape');
        }
      }
      await s.shot(page, 'quick-fix', { docs: true, mouseAway: false });
      await fix.click();
      const lines = page.locator('.monaco-editor.focused .view-lines');
      await lines
        .filter({ hasText: 'LABEL org.opencontainers.image.authors="someone@example.com"' })
        .waitFor({ timeout: 10_000 });
      await panel
        .locator('.monaco-list-row', { hasText: 'MAINTAINER is deprecated' })
        .first()
        .waitFor({ state: 'detached', timeout: 10_000 });
      // Leave the file as the other windows expect it, whether or not the edit was saved.
      await runCommand(page, 'File: Revert File');
      fs.copyFileSync(path.join(s.config.workspaceSource, 'Dockerfile'), path.join(s.config.workspace, 'Dockerfile'));
    });

    test('a compose file with problems shows Stevedore diagnostics in the Problems panel', async function () {
      this.timeout(60_000);
      const page = await s.workbench('up');
      await problemsFor(page, 'compose.yaml');
      await s.shot(page, 'problems-compose');
    });
  });
}
