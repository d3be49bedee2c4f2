/// <reference types="mocha" />
// Build from the Dockerfile's editor title: the build form, progress, then each instruction's layer size and cache
// result on the Dockerfile; a failing RUN becomes a problem at its line.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Page } from 'playwright-core';
import { answer } from '../driver/answer';
import { docker } from '../driver/docker';
import type { Session } from '../driver/session';
import { openFile, runCommand } from '../driver/workbench';

const quick = (page: Page) => page.locator('.quick-input-widget');

/**
 * Picks the row `label` of the open quick pick by typing it, then Enter; `fill` answers the input box it opens.
 * It waits for the row itself first: between an input box and the form shown again the widget hides for a moment,
 * and text typed then would land in the editor.
 */
async function pick(page: Page, label: string, fill?: string): Promise<void> {
  const input = quick(page).locator('.quick-input-box input').first();
  const rows = quick(page).locator('.quick-input-list .monaco-list-row');
  await rows.filter({ hasText: label }).first().waitFor({ state: 'visible', timeout: 15_000 });
  await input.fill(label);
  assert.equal(await input.inputValue(), label, `the quick pick did not take "${label}"`);
  await rows.first().filter({ hasText: label }).waitFor();
  await input.focus();
  await page.keyboard.press('Enter');
  if (fill === undefined) return;
  await quick(page).locator('.quick-input-title', { hasText: label }).waitFor({ timeout: 10_000 });
  await input.fill(fill);
  assert.equal(await input.inputValue(), fill, `the input box "${label}" did not take "${fill}"`);
  await input.focus();
  await page.keyboard.press('Enter');
}

export default function register(s: Session): void {
  suite('build (ui)', () => {
    let dir = '';
    let tag = '';
    suiteSetup(() => {
      dir = path.join(s.config.workspace, `${s.prefix}-build`);
      tag = `${s.prefix}-built:1`;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'n'.repeat(20_000));
      fs.writeFileSync(
        path.join(dir, 'Dockerfile'),
        [
          'FROM stevedore-test/busybox:latest',
          'COPY notes.txt /srv/notes.txt',
          'RUN dd if=/dev/zero of=/srv/blob bs=1024 count=300',
          'WORKDIR /srv',
          'CMD ["ls", "-l"]',
          '',
        ].join('\n'),
      );
    });
    suiteTeardown(async () => {
      await docker('rmi', tag).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    });

    /** The Dockerfile in the editor, then its title's Build Image…: the build form is open. */
    async function openBuildForm(): Promise<Page> {
      const page = await s.workbench('up');
      // Quick Open indexes a folder made after the window opened only after a while, on a busy machine slowly
      for (let attempt = 1; ; attempt++) {
        try {
          await openFile(page, 'Dockerfile', `${s.prefix}-build/Dockerfile`);
          break;
        } catch (e) {
          if (attempt === 4) throw e;
          await page.keyboard.press('Escape');
        }
      }
      await page.locator('.editor-actions .action-label[aria-label*="Build Image"]').first().click();
      await quick(page).locator('.quick-input-title', { hasText: 'Build' }).waitFor({ timeout: 15_000 });
      return page;
    }

    test('Build Image… in the editor title builds with BuildKit, and the layer sizes appear on the Dockerfile', async function () {
      this.timeout(180_000);
      const page = await openBuildForm();
      await s.shot(page, 'build-form', { docs: true });
      await pick(page, 'Tags', tag);
      await pick(page, 'Build');
      // once built, the inlay hints: the RUN's 307 kB and the COPY's 20 kB, each with its time or "cached"
      const lines = page.locator('.monaco-editor .view-lines').first();
      await lines.filter({ hasText: '307 kB' }).waitFor({ timeout: 90_000 });
      await lines.filter({ hasText: '20 kB' }).waitFor({ timeout: 5_000 });
      await s.shot(page, 'build-layers', { docs: true });
    });

    test('two platforms at once: the form explains that this builder makes one per build and stays open', async function () {
      this.timeout(90_000);
      const page = await openBuildForm();
      // the row says so before anything is picked (docker 20.10's own BuildKit here, no buildx plugin)
      await quick(page)
        .locator('.quick-input-list .monaco-list-row', { hasText: 'one platform per build' })
        .first()
        .waitFor({ timeout: 10_000 });
      await pick(page, 'Platforms');
      const picked = await answer(page, {
        op: 'quickInput',
        title: 'Platforms',
        check: ['linux/amd64', 'linux/arm64'],
      });
      if (picked.error) throw new Error(picked.error);
      await quick(page).locator('.quick-input-title', { hasText: 'Build' }).waitFor({ timeout: 15_000 });
      await pick(page, 'Build');
      // the refusal is an error notification; the form comes back for another choice
      await page.waitForTimeout(1_000);
      await quick(page).locator('.quick-input-title', { hasText: 'Build' }).waitFor({ timeout: 10_000 });
      await s.shot(page, 'build-two-platforms-refused');
      await page.keyboard.press('Escape');
      await runCommand(page, 'Notifications: Show Notifications');
      const note = await answer(page, { op: 'notification', text: 'need buildx' });
      assert.equal(note.error, undefined, note.error);
      assert.match(note.text ?? '', /2 platforms in one build \(linux\/amd64, linux\/arm64\) need buildx/);
      await page.keyboard.press('Escape');
    });
  });
}
