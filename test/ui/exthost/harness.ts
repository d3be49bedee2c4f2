// Shared by the extension-host suites: the installed extension, its API, polling, screenshots.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { StevedoreApi } from '../../../src/extension/extension';
import type { UiAnswer, UiRequest } from '../driver/answer';
import type { Manifest } from './manifestChecks';

export const EXTENSION_ID = 'stevedore.stevedore';

/** Set by test/ui/run.sh in the server's environment (the extension host inherits it). */
export const harness = {
  /** Unique per run: names of the resources the driver created start with `stevedore-ui-<id>`. */
  id: process.env.STEVEDORE_UI_ID ?? '',
  shots: process.env.STEVEDORE_UI_SHOTS ?? '',
  extensionsDir: process.env.STEVEDORE_UI_EXTENSIONS_DIR ?? '',
};
export const prefix = () => `stevedore-ui-${harness.id}`;

export function stevedore(): vscode.Extension<StevedoreApi> {
  const ext = vscode.extensions.getExtension<StevedoreApi>(EXTENSION_ID);
  if (!ext) throw new Error(`${EXTENSION_ID} is not installed`);
  return ext;
}

export async function api(): Promise<StevedoreApi> {
  const ext = stevedore();
  return ext.isActive ? ext.exports : ext.activate();
}

export const manifest = (): Manifest => stevedore().packageJSON as Manifest;

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `probe` until it returns something other than undefined/false; fails with `what` after timeoutMs. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await sleep(200);
  }
}

/**
 * Asks the driver (test/ui/driver) for a screenshot of the workbench as it is now: the driver watches
 * the extension host's console for this line, writes <shots>/<name>.png and then the ack file.
 */
export async function screenshot(name: string): Promise<string> {
  const ack = path.join(harness.shots, `.ack-${name}-${Date.now()}`);
  console.log(`@@SCREENSHOT ${name} ${ack}`);
  const png = await waitFor(`screenshot ${name}`, () => fs.existsSync(ack) && fs.readFileSync(ack, 'utf8'), 20_000);
  fs.rmSync(ack, { force: true });
  return png;
}

/**
 * Has the driver answer a prompt the workbench shows now (quick pick, input box, modal, notification):
 * those live in the renderer, out of the extension host's reach. See test/ui/driver/answer.ts.
 */
export async function ui(req: UiRequest): Promise<UiAnswer> {
  const ack = path.join(harness.shots, `.ack-ui-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  console.log(`@@UI ${encodeURIComponent(JSON.stringify(req))} ${ack}`);
  const text = await waitFor(
    `the driver's answer to ${JSON.stringify(req)}`,
    () => fs.existsSync(ack) && fs.readFileSync(ack, 'utf8'),
    60_000,
  );
  fs.rmSync(ack, { force: true });
  const answer = JSON.parse(text) as UiAnswer;
  if (answer.error) throw new Error(`${req.op} ${JSON.stringify(req)}: ${answer.error}`);
  return answer;
}
