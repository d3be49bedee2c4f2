/// <reference types="mocha" />
// The Stevedore view container against the real engine: what the user sees in the side bar.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { docker, runContainer } from '../driver/docker';
import type { Session } from '../driver/session';
import {
  expand,
  pane,
  scrollToTop,
  sidebarTitle,
  waitForNoRow,
  waitForRow,
  withStevedoreSidebar,
} from '../driver/workbench';

export const VIEWS = ['Containers', 'Images', 'Volumes', 'Networks', 'Engines'] as const;

export default function register(s: Session): void {
  suite('explorer (ui)', () => {
    let page!: Page;
    withStevedoreSidebar(s, (p) => {
      page = p;
    });

    test('the activity bar opens the Stevedore view container with its five views', async () => {
      assert.equal(await sidebarTitle(page), 'Stevedore');
      for (const v of VIEWS) await pane(page, v).locator('.pane-header').waitFor({ state: 'visible' });
    });

    test("the views list the test engine's real containers, images, volumes and networks", async function () {
      this.timeout(60_000);
      for (const v of VIEWS) await expand(page, v);
      await waitForRow(page, 'Containers', `${s.prefix}-c1`, 20_000);
      await waitForRow(page, 'Containers', `${s.prefix}-shop`); // the compose project's group
      await waitForRow(page, 'Images', s.prefix);
      await waitForRow(page, 'Volumes', `${s.prefix}-vol`);
      await waitForRow(page, 'Networks', `${s.prefix}-net`);
      for (const v of VIEWS) await scrollToTop(page, v);
      await s.shot(page, 'explorer', { docs: true });
    });

    test('a container started outside VS Code appears without a click, and goes when removed', async function () {
      this.timeout(60_000);
      const name = `${s.prefix}-outside`;
      await page.mouse.move(640, 400); // away from the views: nothing is clicked from here on
      await runContainer(s.config.id, name);
      try {
        await waitForRow(page, 'Containers', name, 15_000);
        await s.shot(page, 'explorer-outside-container');
      } finally {
        await docker('rm', '-f', name);
      }
      await waitForNoRow(page, 'Containers', name, 15_000);
    });
  });
}
