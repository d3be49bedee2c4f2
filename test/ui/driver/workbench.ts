/// <reference types="mocha" />
// Reading and driving VS Code's workbench DOM (1.139): activity bar, view panes, rows, palette.
import type { Locator, Page } from 'playwright-core';
import type { Session } from './session';

const CONTAINER = '#workbench\\.view\\.extension\\.stevedore';

/** Shows the Stevedore view container (clicking its activity-bar entry only when it is not shown). */
export async function openStevedore(page: Page): Promise<void> {
  const icon = page.locator('.activitybar [aria-label="Stevedore"]').first();
  await icon.waitFor({ state: 'visible', timeout: 60_000 });
  if (!(await page.locator(CONTAINER).isVisible())) await icon.click();
  await page.locator(CONTAINER).waitFor({ state: 'visible', timeout: 10_000 });
}

/** Drags the side bar's edge so it is `width` px wide (the default 300 px truncates most descriptions). */
export async function widenSidebar(page: Page, width: number): Promise<void> {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box || Math.abs(box.width - width) < 4) return;
  const edge = box.x + box.width + 1;
  await page.mouse.move(edge, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + width, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
}

export const sidebarTitle = (page: Page) => page.locator('.part.sidebar .composite.title h2').innerText();

/** The pane of one view (by its name: "Containers"). */
export function pane(page: Page, view: string): Locator {
  return page.locator(`${CONTAINER} .pane`).filter({ has: page.locator(`.pane-header[aria-label^="${view} "]`) });
}

/** Expands the view's pane if it is collapsed. */
export async function expand(page: Page, view: string): Promise<Locator> {
  const p = pane(page, view);
  const header = p.locator('.pane-header');
  if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
  return p;
}

/** Accessible labels of the rows the view renders now (only those scrolled into view exist in the DOM). */
export async function rows(page: Page, view: string): Promise<string[]> {
  return pane(page, view)
    .locator('.monaco-list-row')
    .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
}

/**
 * Waits for a row containing `text`. VS Code renders only the rows near the viewport, so when the row
 * is not there the view is scrolled through with the mouse wheel (a user's scroll, no click).
 */
export async function waitForRow(page: Page, view: string, text: string | RegExp, timeoutMs = 15_000): Promise<void> {
  const row = pane(page, view).locator('.monaco-list-row', { hasText: text }).first();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if ((await row.count()) || (await scrollUntil(page, view, () => row.count().then((n) => n > 0)))) {
      await row.scrollIntoViewIfNeeded().catch(() => undefined);
      return;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(
    `no row containing '${text}' in ${view} after ${timeoutMs} ms; rows: ${JSON.stringify(await rows(page, view))}`,
  );
}

/** Wheels the view's list from top to bottom until `found()`; false when the end came first. */
async function scrollUntil(
  page: Page,
  view: string,
  found: () => Promise<boolean>,
  directions = [-1, 1],
): Promise<boolean> {
  const list = pane(page, view).locator('.monaco-list').first();
  const box = await list.boundingBox();
  if (!box || box.height < 10) return false;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // One page per wheel turn, up until nothing moves, then down until found or nothing moves.
  for (const direction of directions) {
    let last = '';
    for (let i = 0; i < 200; i++) {
      if (direction > 0 && (await found())) return true;
      const now = JSON.stringify(await rows(page, view));
      if (now === last) break;
      last = now;
      await page.mouse.wheel(0, direction * box.height * 0.8);
      await page.waitForTimeout(50);
    }
  }
  return false;
}

/** Scrolls the view's list back to its first row. */
export async function scrollToTop(page: Page, view: string): Promise<void> {
  await scrollUntil(page, view, async () => false, [-1]);
}

/** Waits until no row of the view (scrolled through from top to bottom) contains `text`. */
export async function waitForNoRow(page: Page, view: string, text: string, timeoutMs = 15_000): Promise<void> {
  const row = pane(page, view).locator('.monaco-list-row', { hasText: text }).first();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!(await row.count()) && !(await scrollUntil(page, view, () => row.count().then((n) => n > 0)))) return;
    await page.waitForTimeout(250);
  }
  throw new Error(`a row containing '${text}' is still in ${view} after ${timeoutMs} ms`);
}

/** Right-clicks the view's row containing `text`; returns the labels of the context menu's items. */
export async function contextMenu(page: Page, view: string, text: string | RegExp): Promise<string[]> {
  const menu = page.locator('.context-view .monaco-menu');
  for (let attempt = 1; ; attempt++) {
    await waitForRow(page, view, text);
    await pane(page, view).locator('.monaco-list-row', { hasText: text }).first().click({ button: 'right' });
    await menu.waitFor({ state: 'visible', timeout: 10_000 });
    // A refresh of the tree (an engine event) closes an open context menu: open it again then.
    await page.waitForTimeout(300);
    if ((await menu.isVisible()) || attempt === 3) break;
  }
  return menu
    .locator('.action-item:not(.disabled) .action-label')
    .evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') ?? e.textContent ?? '').trim()).filter(Boolean));
}

/** Runs `label` from the context menu of the view's row containing `text`. */
export async function runMenuItem(page: Page, view: string, text: string | RegExp, label: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const items = await contextMenu(page, view, text);
    if (!items.includes(label))
      throw new Error(`no '${label}' in the context menu of ${text}: ${JSON.stringify(items)}`);
    const item = page
      .locator('.context-view .monaco-menu .action-item .action-label')
      .filter({ hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) })
      .first();
    try {
      await item.click({ timeout: 3_000 });
      return;
    } catch (e) {
      if (attempt === 3) throw e; // the menu closed under us (tree refresh): open it again
    }
  }
}

/** Runs a command by its palette title (F1). */
export async function runCommand(page: Page, title: string): Promise<void> {
  await inQuickInput(page, 'F1', `>${title}`, async () => {
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: title }).waitFor({ timeout: 10_000 });
  });
}

/**
 * Filters a Stevedore view to rows containing `text` (its "Filter …" command; '' clears), so rows
 * stay put while other users of the shared engine add and remove theirs.
 */
export async function filterView(page: Page, view: string, text: string): Promise<void> {
  await inQuickInput(page, () => runCommand(page, `Docker: Filter ${view}…`), text);
}

/**
 * Opens a quick input (a key, or a function that opens it), types `text`, waits for `ready`, presses Enter.
 * Once in a while the workbench closes a quick input just opened (focus moves elsewhere): then it starts
 * over, and after three tries fails with the recent focus changes.
 */
async function inQuickInput(
  page: Page,
  open: string | (() => Promise<void>),
  text: string,
  ready?: () => Promise<void>,
): Promise<void> {
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await trackFocus(page);
  for (let attempt = 1; ; attempt++) {
    try {
      if (typeof open === 'string') await page.keyboard.press(open);
      else await open();
      await input.waitFor({ state: 'visible', timeout: 4_000 });
      await input.fill(text, { timeout: 4_000 });
      await ready?.();
      await page.keyboard.press('Enter');
      return;
    } catch (e) {
      if (attempt === 3)
        throw new Error(
          `${e instanceof Error ? e.message.split('\n')[0] : String(e)}; focus moved to: ${await page.evaluate(() => JSON.stringify((globalThis as { focusLog?: string[] }).focusLog ?? []))}`,
        );
      console.log(
        `      (a quick input closed under the test, attempt ${attempt}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}; trying again)`,
      );
      await page.keyboard.press('Escape');
    }
  }
}

/** Remembers the last focus changes of the page (for the error when a quick input closed under a test). */
async function trackFocus(page: Page): Promise<void> {
  await page.evaluate(() => {
    const g = globalThis as {
      focusLog?: string[];
      document?: { addEventListener(t: string, f: (e: { target: unknown }) => void, c: boolean): void };
    };
    if (g.focusLog || !g.document) return;
    const log: string[] = (g.focusLog = []);
    g.document.addEventListener(
      'focusin',
      (e) => {
        const el = e.target as {
          tagName?: string;
          className?: string;
          closest?(s: string): { className?: string } | null;
        };
        const part = el.closest?.('.part, .quick-input-widget, .monaco-dialog-box, iframe')?.className ?? '';
        log.push(
          `${new Date().toISOString().slice(11, 23)} ${el.tagName} .${String(el.className).slice(0, 40)} in .${String(part).slice(0, 40)}`,
        );
        if (log.length > 8) log.shift();
      },
      true,
    );
  });
}

/** Opens a workspace file through Quick Open (Ctrl+P). */
export async function openFile(page: Page, name: string, query = name): Promise<void> {
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(query);
  // Enter picks the focused row: wait until filtering has put the file there (not a recent file).
  const last = query.split('/').slice(-2)[0]!;
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: last }).waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: 10_000 });
}

/** Text of every status bar entry (aria-label, which includes the tooltip-less text). */
export async function statusBarEntries(page: Page): Promise<{ id: string; label: string }[]> {
  return page
    .locator('.part.statusbar .statusbar-item')
    .evaluateAll((els) => els.map((e) => ({ id: e.id, label: e.getAttribute('aria-label') ?? e.textContent ?? '' })));
}

/**
 * The common suite setup of the side-bar flows: the running workbench with Stevedore's side bar open and widened,
 * handed to `use`; with `filterContainers`, the Containers view filtered to this run's prefix (cleared at the end).
 */
export function withStevedoreSidebar(
  s: Pick<Session, 'workbench' | 'prefix'>,
  use: (page: Page) => void,
  o: { filterContainers?: boolean } = {},
): void {
  let page: Page | undefined;
  suiteSetup(async function () {
    this.timeout(90_000);
    page = await s.workbench('up');
    use(page);
    await openStevedore(page);
    await widenSidebar(page, 480);
    if (o.filterContainers) await filterView(page, 'Containers', s.prefix);
  });
  if (o.filterContainers)
    suiteTeardown(async () => {
      if (page) await filterView(page, 'Containers', '');
    });
}
