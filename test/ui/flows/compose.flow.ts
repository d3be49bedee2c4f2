/// <reference types="mocha" />
// A compose file in the editor: each service's live state and actions as code lenses, driven by the engine.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { appCompose, compose } from '../driver/docker';
import type { Session } from '../driver/session';
import { openFile, openStevedore, runCommand, waitForNoRow, waitForRow } from '../driver/workbench';

export default function register(s: Session): void {
  suite('compose file (ui)', () => {
    let page: Page;
    let dir: string;
    suiteSetup(async function () {
      this.timeout(60_000);
      // The folder names the project: unique per run.
      dir = path.join(s.config.workspace, `${s.prefix}-app`);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'compose.yaml'), appCompose(s.config.id));
      page = await s.workbench('up');
      await openStevedore(page);
    });
    suiteTeardown(async function () {
      this.timeout(30_000);
      await compose('-p', `${s.prefix}-app`, '-f', path.join(dir, 'compose.yaml'), 'down').catch(() => undefined);
    });

    test("a service's code lens says it is not created; ▶ Up brings it up, and the lens and the views follow", async function () {
      this.timeout(90_000);
      await openFile(page, 'compose.yaml', `${s.prefix}-app/compose.yaml`);
      const lenses = page.locator('.monaco-editor .codelens-decoration');
      await lenses.filter({ hasText: 'not created' }).first().waitFor({ timeout: 20_000 });
      await lenses.locator('a', { hasText: '▶ Up' }).first().click();
      await waitForRow(page, 'Containers', `${s.prefix}-app`, 45_000);
      await lenses
        .filter({ hasText: /running/ })
        .first()
        .waitFor({ timeout: 30_000 });
      await s.shot(page, 'compose-lens', { docs: true });
    });

    test('Compose Down… from the palette, with the file in the editor: the containers go and the lenses say so', async function () {
      this.timeout(90_000);
      const lenses = page.locator('.monaco-editor .codelens-decoration');
      await lenses
        .filter({ hasText: /running/ })
        .first()
        .waitFor({ timeout: 30_000 });
      await runCommand(page, 'Docker: Compose Down…');
      const keep = page.locator('.quick-input-list .monaco-list-row', { hasText: 'Down (keep volumes)' });
      await keep.waitFor({ timeout: 10_000 });
      await keep.click();
      await waitForNoRow(page, 'Containers', `${s.prefix}-app`, 45_000);
      await lenses.filter({ hasText: 'not created' }).first().waitFor({ timeout: 30_000 });
      assert.equal(await compose('-p', `${s.prefix}-app`, '-f', path.join(dir, 'compose.yaml'), 'ps', '-q'), '');
    });
  });
}
