// Answers, on behalf of an extension-host test, the prompts a command shows in the workbench: quick picks,
// input boxes, modal dialogs and notifications live in the renderer, which only the driver can touch.
import type { Page } from 'playwright-core';
import { pane } from './workbench';

/** What an extension-host test asks for (`@@UI <json> <ackFile>` on its console; see exthost/harness.ts). */
export type UiRequest =
  /** Waits for the quick input whose title contains `title`; then types `fill`, checks the rows labelled
   *  `check` (multi-select), and accepts (Enter) unless `escape`. Answers the title and the rows' labels. */
  | { op: 'quickInput'; title: string; fill?: string; check?: string[]; escape?: boolean }
  /** Waits for a modal dialog; answers its text, then presses the button labelled `button`. Not for the
   *  extension-test window: VS Code refuses modals there (its DialogService skips dialogs in extension tests). */
  | { op: 'dialog'; button: string }
  /** Waits for a notification (toast, or in the open notification center) containing `text`; answers its text,
   *  then presses its button labelled `click`, if given. */
  | { op: 'notification'; text: string; click?: string }
  /** Waits for the welcome content of the Stevedore view titled `view` (e.g. "Containers") containing `text`;
   *  answers its text and, as items, its buttons' labels. */
  | { op: 'welcome'; view: string; text: string }
  /** Waits for a status-bar entry containing `text` (a setStatusBarMessage); answers the texts of all entries
   *  holding it, so a test can see it was said once. */
  | { op: 'statusBar'; text: string };

export interface UiAnswer {
  text?: string;
  items?: string[];
  error?: string;
}

const widget = (page: Page) => page.locator('.quick-input-widget');
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export async function answer(page: Page, req: UiRequest): Promise<UiAnswer> {
  try {
    switch (req.op) {
      case 'quickInput':
        return await quickInput(page, req);
      case 'dialog': {
        const box = page.locator('.monaco-dialog-box');
        await box.waitFor({ state: 'visible', timeout: 15_000 });
        const text = await box.innerText();
        await box
          .locator('.monaco-button', { hasText: new RegExp(`^${escapeRe(req.button)}$`) })
          .first()
          .click();
        await box.waitFor({ state: 'hidden', timeout: 10_000 });
        return { text };
      }
      case 'welcome': {
        const welcome = pane(page, req.view).locator('.welcome-view-content');
        await welcome.filter({ hasText: req.text }).waitFor({ state: 'visible', timeout: 20_000 });
        const items = await welcome.locator('.monaco-button').allInnerTexts();
        return { text: await welcome.innerText(), items: items.map((s) => s.trim()) };
      }
      case 'notification': {
        // toasts hide after a while: the notification center (the test opens it) keeps them all
        const item = page.locator('.notification-list-item', { hasText: req.text }).first();
        try {
          await item.waitFor({ state: 'visible', timeout: 30_000 });
        } catch (e) {
          const all = await page.locator('.notification-list-item').allInnerTexts();
          throw new Error(
            `${e instanceof Error ? e.message.split('\n')[0] : String(e)}; notifications: ${JSON.stringify(all)}`,
          );
        }
        const text = await item.innerText();
        if (req.click)
          await item
            .locator('.monaco-button', { hasText: new RegExp(`^${escapeRe(req.click)}$`) })
            .first()
            .click({ timeout: 10_000 });
        return { text };
      }
      case 'statusBar': {
        const item = page.locator('.statusbar-item', { hasText: req.text });
        await item.first().waitFor({ state: 'visible', timeout: 30_000 });
        return { text: await item.first().innerText(), items: await item.allInnerTexts() };
      }
    }
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

async function quickInput(page: Page, req: Extract<UiRequest, { op: 'quickInput' }>): Promise<UiAnswer> {
  const title = widget(page).locator('.quick-input-title', { hasText: req.title });
  await title.waitFor({ state: 'visible', timeout: 15_000 });
  const input = widget(page).locator('.quick-input-box input').first();
  const rows = widget(page).locator('.quick-input-list .monaco-list-row');
  const labels = () =>
    rows.evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim()));
  const items = await labels();
  const shown = await title.innerText();
  if (req.fill !== undefined) await input.fill(req.fill);
  const selected = widget(page).locator('.quick-input-count');
  const checked = async () => Number(/\d+/.exec(await selected.innerText().catch(() => '0'))?.[0] ?? 0);
  for (const [i, label] of (req.check ?? []).entries()) {
    const row = rows.filter({ hasText: label }).first();
    await row.waitFor({ timeout: 10_000 });
    // in a multi-select list a click on the row toggles its checkbox (one on the checkbox itself may toggle twice)
    await row.click();
    await waitUntil(async () => (await checked()) > i, 3_000);
    if ((await checked()) <= i)
      throw new Error(`'${label}' did not get checked (${await selected.innerText().catch(() => '?')})`);
  }
  if (req.fill !== undefined && !req.check) {
    // a quick pick filters as one types: wait until the first row is a match before Enter picks it
    if (await rows.count())
      await rows
        .first()
        .filter({ hasText: req.fill })
        .waitFor({ timeout: 10_000 })
        .catch(() => undefined);
  }
  // a pick opened with ignoreFocusOut may have lost the focus meanwhile (a walkthrough page takes it back after
  // its button ran the command): the key goes to the input, not to whatever holds the focus now
  await input.focus();
  await page.keyboard.press(req.escape ? 'Escape' : 'Enter');
  return { text: shown, items };
}

async function waitUntil(probe: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline && !(await probe());)
    await new Promise((r) => setTimeout(r, 100));
}
