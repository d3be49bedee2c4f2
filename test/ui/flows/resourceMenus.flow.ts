/// <reference types="mocha" />
// Context menus of volumes and networks: what each kind of item offers, and removing one of each.
import * as assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { docker, labels } from '../driver/docker';
import type { Session } from '../driver/session';
import {
  contextMenu,
  filterView,
  runMenuItem,
  waitForNoRow,
  waitForRow,
  withStevedoreSidebar,
} from '../driver/workbench';

export default function register(s: Session): void {
  suite('volume and network menus (ui)', () => {
    let page!: Page;
    withStevedoreSidebar(s, (p) => {
      page = p;
    });
    teardown(async () => {
      await page.keyboard.press('Escape');
    });

    test('a network Docker made offers Inspect but not Remove…; one of ours offers both', async function () {
      this.timeout(45_000);
      const builtin = await contextMenu(page, 'Networks', /\bbridge\s*built-in/);
      assert.ok(
        builtin.includes('Inspect') && !builtin.includes('Remove…'),
        `menu of the built-in bridge: ${JSON.stringify(builtin)}`,
      );
      await page.keyboard.press('Escape');
      const ours = await contextMenu(page, 'Networks', `${s.prefix}-net`);
      for (const verb of ['Inspect', 'Remove…', 'Connect Container…'])
        assert.ok(ours.includes(verb), `no '${verb}' in ${JSON.stringify(ours)}`);
    });

    // Remove… asks in a modal naming the item; the item then leaves the view and the engine
    const removals = [
      { view: 'Networks', kind: 'network', name: () => `${s.prefix}-spare-net`, what: 'an unused network of ours' },
      { view: 'Volumes', kind: 'volume', name: () => `${s.prefix}-spare`, what: 'an unused volume' },
    ] as const;
    for (const r of removals)
      test(`Remove… on ${r.what} asks, naming it, then the ${r.kind} goes`, async function () {
        this.timeout(45_000);
        const name = r.name();
        await docker(r.kind, 'create', ...labels(s.config.id), name);
        await filterView(page, r.view, s.prefix);
        try {
          await waitForRow(page, r.view, name);
          await runMenuItem(page, r.view, name, 'Remove…');
          const dialog = page.locator('.monaco-dialog-box');
          await dialog.waitFor({ state: 'visible', timeout: 10_000 });
          assert.match(await dialog.innerText(), new RegExp(name));
          await dialog
            .locator('.monaco-button', { hasText: /^Remove/ })
            .first()
            .click();
          await waitForNoRow(page, r.view, name);
          assert.equal(await docker(r.kind, 'ls', '-q', '--filter', `name=^${name}$`), '');
        } finally {
          await filterView(page, r.view, '');
        }
      });
  });
}
