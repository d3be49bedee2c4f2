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
  });
}
