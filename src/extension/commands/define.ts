// The repetitive part of every item command: turning tree nodes / multi-selection / palette picks into
// targets, confirming destructive work, progress, and showing the engine's message on failure.
import * as vscode from 'vscode';
import { specOf, type CommandSpec as CommandMeta } from '../../core/commands/table/index';
import { pickerCandidates, type EngineLists, type Target } from '../../core/commands/targets';

export type { Target, TargetOf } from '../../core/commands/targets';
import type { Services } from '../services';
import { successMessage } from '../../core/messages/quickInput';
import { pickOrPullImage } from './imagePick';
import { pickMany } from './quickInput';

export interface CommandContext {
  services: Services;
  meta: CommandMeta;
}

export type Handler = (ctx: CommandContext, targets: Target[], ...extra: unknown[]) => Promise<void> | void;

/** The item when there is exactly one. */
export const onlyOne = <T>(items: readonly T[]): T | undefined => (items.length === 1 ? items[0] : undefined);

/** A handler for a one-item command: registerAll never runs an item command without a target; none, nothing to do. */
export const single =
  (run: (ctx: CommandContext, target: Target, ...extra: unknown[]) => Promise<void> | void): Handler =>
  (ctx, [target], ...extra) =>
    target && run(ctx, target, ...extra);

const t = vscode.l10n.t;

/** The palette: ask which item(s), offering only those the command's menu would show on. Lifecycle verbs allow several. */
export async function pickTargets(ctx: CommandContext, many: boolean): Promise<Target[]> {
  const engine = ctx.services.engine;
  const meta = ctx.meta;
  const lists: EngineLists = {};
  switch (meta.target) {
    case 'container':
      lists.containers = await engine.listContainers({ all: true });
      break;
    case 'image':
      if (meta.pullIfMissing) return pickOrPullImage(ctx);
      lists.images = await engine.listImages();
      break;
    case 'volume':
      lists.volumes = await engine.listVolumes();
      break;
    case 'network':
      lists.networks = await engine.listNetworks();
      break;
    case 'none':
      return [];
  }
  const candidates = pickerCandidates(meta, lists);
  if (!candidates.length) {
    void vscode.window.showInformationMessage(
      t('No {0} to {1}.', `${meta.target}s`, meta.title.replace(/…$/, '').toLowerCase()),
    );
    return [];
  }
  const items = candidates.map((c) => ({ label: c.name, description: describe(c), target: c }));
  const title = `${meta.title.replace(/…$/, '')}: ${t('which {0}?', meta.target)}`;
  if (many) {
    const picked = await pickMany(items, { title, matchOnDescription: true });
    return picked?.map((p) => p.target) ?? [];
  }
  const picked = await vscode.window.showQuickPick(items, { title, matchOnDescription: true });
  return picked ? [picked.target] : [];
}

function describe(target: Target): string {
  switch (target.kind) {
    case 'container':
      return `${target.record.state} · ${target.record.image}`;
    case 'image':
      return target.id.replace(/^sha256:/, '').slice(0, 12);
    case 'volume':
      return target.record.driver;
    case 'network':
      return target.record.driver;
  }
}

/** A modal that lists exactly what goes; resolves to the chosen button title, or undefined. */
export async function confirmDestructive(
  message: string,
  items: string[],
  buttons: string[],
  extraDetail?: string,
): Promise<string | undefined> {
  const shown = items.slice(0, 25).map((i) => `• ${i}`);
  if (items.length > 25) shown.push(t('…and {0} more', items.length - 25));
  const detail = [...shown, ...(extraDetail ? ['', extraDetail] : [])].join('\n');
  return vscode.window.showWarningMessage(message, { modal: true, detail }, ...buttons);
}

export function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Shows a failure once, logs it, never throws. */
export function reportError(ctx: Pick<CommandContext, 'services'>, what: string, e: unknown): void {
  const msg = errorText(e);
  ctx.services.output.error(`${what}: ${msg}`);
  void vscode.window.showErrorMessage(msg.startsWith(what) ? msg : `${what}: ${msg}`);
}

/** A verb's one success report: a status-bar message naming what changed. */
export function reportDone(done: string, names: readonly string[], noun: string, failed = 0): void {
  const text = successMessage(done, names, noun, failed);
  if (text) vscode.window.setStatusBarMessage(text, 5000);
}

/**
 * Applies `each` to every target (in parallel, a few at a time), with a progress notification
 * when there are several, and reports failures together; with `done` ("Stopped"), the successes once in the
 * status bar. `each` resolving to false: not done, and already reported (a way out offered).
 */
export async function forEachTarget(
  ctx: CommandContext,
  targets: Target[],
  verb: string,
  each: (t: Target) => Promise<unknown>,
  done?: string,
): Promise<void> {
  const failures: string[] = [];
  const succeeded: string[] = [];
  const work = async (report?: (done: number) => void) => {
    let done = 0;
    const queue = [...targets];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        try {
          if ((await each(next)) !== false) succeeded.push(next.name);
        } catch (e) {
          failures.push(errorText(e));
          ctx.services.output.error(`${verb} ${next.name}: ${errorText(e)}`);
        }
        report?.(++done);
      }
    };
    await Promise.all(Array.from({ length: Math.min(4, queue.length) }, worker));
  };
  if (targets.length > 2) {
    await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: t('{0} {1} items', verb, targets.length) },
      async (p) => {
        await work(() => p.report({ increment: 100 / targets.length }));
      },
    );
  } else {
    await vscode.window.withProgress({ location: { viewId: `stevedore.${ctx.meta.target}s` } }, () => work());
  }
  if (done) reportDone(done, succeeded, ctx.meta.target, failures.length);
  const [first] = failures;
  if (first === undefined) return;
  if (failures.length === 1) void vscode.window.showErrorMessage(first);
  else
    void vscode.window.showErrorMessage(t('{0} of {1} failed: {2}', failures.length, targets.length, first), {
      detail: failures.join('\n'),
    } as vscode.MessageOptions);
}

export const metaOf: (id: string) => CommandMeta = specOf;
