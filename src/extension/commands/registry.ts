// Registration of every catalogued command through one wrapper (targets, palette pick, errors).
import * as vscode from 'vscode';
import type { CommandId } from '../../core/commands/catalog';
import type { Services } from '../services';
import { targetsFromArgs } from '../../core/commands/targets';
import { metaOf, pickTargets, reportError, type CommandContext, type Handler } from './define';

export interface Registration {
  run: Handler;
  /** the palette pick allows several items (lifecycle verbs) */
  many?: boolean;
}

export type Registrations<K extends CommandId = CommandId> = Record<K, Registration>;

export function registerAll(services: Services, all: Registrations): void {
  for (const [id, reg] of Object.entries(all) as [CommandId, Registration][]) {
    const meta = metaOf(id);
    services.context.subscriptions.push(
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        const ctx: CommandContext = { services, meta };
        try {
          let targets = meta.target === 'none' ? [] : targetsFromArgs(meta, args);
          if (targets === undefined) targets = await pickTargets(ctx, !!reg.many);
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
