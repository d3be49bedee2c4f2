// Registration of every item command record (src/core/commands/table) through one wrapper (targets, palette pick, errors).
import * as vscode from 'vscode';
import { itemCommands, type CommandSpec, type ItemCommandId } from '../../core/commands/table/index';
import type { Services } from '../services';
import { targetsFromArgs } from '../../core/commands/targets';
import { pickTargets, reportError, type CommandContext, type Handler } from './define';

export interface Registration {
  run: Handler;
}

export type Registrations<K extends ItemCommandId = ItemCommandId> = Record<K, Registration>;

/** Registers the handler of every item command record; a record without one is a programming error. */
export function registerAll(services: Services, all: Registrations): void {
  for (const meta of itemCommands as readonly (CommandSpec & { id: ItemCommandId })[]) {
    const reg: Registration | undefined = all[meta.id];
    if (!reg) throw new Error(`command ${meta.id} has no handler`);
    const id = meta.id;
    services.context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        const ctx: CommandContext = { services, meta };
        try {
          let targets = meta.target === 'none' ? [] : targetsFromArgs(meta, args);
          if (targets === undefined) targets = await pickTargets(ctx, !!meta.many);
          else if (meta.target !== 'none' && !targets.length) {
            void vscode.window.showInformationMessage(
              vscode.l10n.t('{0} does not apply to the selected items.', meta.title.replace(/…$/, '')),
            );
            return;
          }
          if (meta.target !== 'none' && !targets.length) return;
          await reg.run(ctx, targets, ...args);
        } catch (e) {
          reportError(ctx, meta.title.replace(/…$/, ''), e);
        }
      }),
    );
  }
}
