/// <reference types="mocha" />
// The "Get Started with Stevedore" walkthrough (contributes.walkthroughs): opened from the palette it shows the
// manifest's steps; "Connect an engine" completes once the user shows the engine (or by the engine's context key),
// "Add Docker files" and "Run a first container" when the user runs the command from the step's button.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { answer } from '../driver/answer';
import { docker, TEST_IMAGE } from '../driver/docker';
import type { Session } from '../driver/session';
import { runCommand } from '../driver/workbench';

// run.sh runs the driver from the repository's root
const manifest = JSON.parse(fs.readFileSync(path.resolve('package.json'), 'utf8')) as {
  contributes: { walkthroughs: { id: string; title: string; steps: { id: string; title: string }[] }[] };
};

/** A step's button in the walkthrough page (its data-step-id ends with the manifest's step id). */
const step = (page: Page, id: string): Locator =>
  page.locator(`button.getting-started-step[data-step-id$="${id}"]`).first();

const done = async (l: Locator) => (await l.getAttribute('aria-checked')) === 'true';

async function eventually(probe: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250)))
    if (await probe()) return;
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Opens the walkthrough titled `title` from the palette. */
async function openWalkthrough(page: Page, title: string): Promise<void> {
  await runCommand(page, 'Welcome: Open Walkthrough...');
  await page.locator('.quick-input-widget .quick-input-box input').fill(title);
  await page
    .locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: title })
    .first()
    .waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

export default function register(s: Session): void {
  suite('walkthrough (ui)', () => {
    const walkthrough = manifest.contributes.walkthroughs[0]!;
    let ignore = '';
    let hadIgnore = true;
    suiteSetup(() => {
      ignore = path.join(s.config.workspace, '.dockerignore');
      hadIgnore = fs.existsSync(ignore);
    });
    // Keep Existing writes only the missing file; later flows get the workspace as it was
    suiteTeardown(() => {
      if (!hadIgnore) fs.rmSync(ignore, { force: true });
    });

    test('Get Started with Stevedore: its steps complete as the user shows the engine and adds Docker files', async function () {
      this.timeout(120_000);
      const page = await s.workbench('up');
      await openWalkthrough(page, walkthrough.title);

      // every step of the manifest is shown, in order
      await step(page, walkthrough.steps[0]!.id).waitFor({ state: 'visible', timeout: 30_000 });
      const shown = await page
        .locator('button.getting-started-step')
        .evaluateAll((els) => els.map((e) => (e.getAttribute('data-step-id') ?? '').split('#').pop()));
      assert.deepEqual(
        shown,
        walkthrough.steps.map((st) => st.id),
      );

      // "Connect an engine" completes on onContext:stevedore.engine.state == connected only when the key turns so
      // after VS Code registered the walkthrough (one already true then is never counted), so the step also
      // completes on Show Engine Status and on the Containers view: the user presses the step's button here
      const connect = step(page, 'connect');
      const scaffold = step(page, 'scaffold');
      assert.equal(await done(scaffold), false, '"Add Docker files" is checked before the user did it');
      if (!(await done(connect))) {
        if ((await connect.getAttribute('aria-expanded')) !== 'true') await connect.click();
        await connect.locator('.button-container .monaco-button', { hasText: 'Show Engine Status' }).first().click();
      }
      await eventually(() => done(connect), 'the "Connect an engine" step to be checked');
      await s.shot(page, 'walkthrough', { docs: true });

      // the user opens the step and presses its button: the command asks which kind of app (no manifest at the
      // workspace root) and the port, then shows the diff against the workspace's own Dockerfile; the user keeps it
      await scaffold.click();
      await scaffold.locator('.button-container .monaco-button', { hasText: 'Add Docker Files' }).first().click();
      const kind = await answer(page, { op: 'quickInput', title: 'which kind of app', fill: 'Static site' });
      assert.equal(kind.error, undefined, kind.error);
      const port = await answer(page, { op: 'quickInput', title: 'Add Docker Files: port', fill: '8080' });
      assert.equal(port.error, undefined, port.error);
      const keep = await answer(page, { op: 'dialog', button: 'Keep Existing' });
      assert.equal(keep.error, undefined, keep.error);
      assert.match(keep.text ?? '', /Dockerfile/);
      await eventually(async () => fs.existsSync(ignore), 'the missing .dockerignore to be written');

      // onCommand:stevedore.workspace.addDockerFiles checks the step; back on the walkthrough it shows so
      await openWalkthrough(page, walkthrough.title);
      await eventually(() => done(step(page, 'scaffold')), 'the "Add Docker files" step to be checked');

      // "Run a first container": its button asks which image (the pick stays open though the page takes the focus
      // back), runs it, and the step is checked; the container it made is removed again
      const ids = async () => (await docker('ps', '-aq', '--no-trunc')).split('\n').filter(Boolean);
      const before = new Set(await ids());
      const run = step(page, 'run');
      await run.click();
      await run.locator('.button-container .monaco-button', { hasText: 'Run an Image' }).first().click();
      const which = await answer(page, { op: 'quickInput', title: 'which image?', fill: TEST_IMAGE });
      assert.equal(which.error, undefined, which.error);
      const made = async () => (await ids()).filter((id) => !before.has(id));
      try {
        await eventually(async () => (await made()).length > 0, 'the container Run an Image started');
        await eventually(() => done(step(page, 'run')), 'the "Run a first container" step to be checked');
      } finally {
        for (const id of await made()) await docker('rm', '-f', id).catch(() => undefined);
      }
      assert.equal(await done(step(page, 'debug')), false, 'the debug step is checked though nothing was debugged');
      await s.shot(page, 'walkthrough-steps-done');
    });
  });
}
