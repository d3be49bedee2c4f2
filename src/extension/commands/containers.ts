// Container verbs (grouped in one module: each is a few lines over src/core/engine/actions).
import * as vscode from 'vscode';
import { dockerRunCommands } from '../../core/commands/dockerRunCommand';
import { multiLineCommand } from '../../core/messages/shellText';
import { validateContainerName } from '../../core/commands/runSpec';
import { actionsFor, stopSignals } from '../../core/engine/actions';
import { confirmDestructive, forEachTarget, onlyOne, single, type TargetOf } from './define';
import type { InspectDocuments } from './inspect';
import { openInspect } from './inspect';
import type { LogViews } from './logs';
import type { Registrations } from './registry';
import { announceStart, startedNotice } from './startNotice';

const t = vscode.l10n.t;
type C = TargetOf<'container'>;
const containers = (ts: unknown[]) => ts as C[];

export function containerCommands(
  docs: InspectDocuments,
  logViews: LogViews,
): Registrations<
  | 'stevedore.container.start'
  | 'stevedore.container.stop'
  | 'stevedore.container.restart'
  | 'stevedore.container.pause'
  | 'stevedore.container.unpause'
  | 'stevedore.container.kill'
  | 'stevedore.container.rename'
  | 'stevedore.container.remove'
  | 'stevedore.container.inspect'
  | 'stevedore.container.copyId'
  | 'stevedore.container.copyName'
  | 'stevedore.container.copyRunCommand'
  | 'stevedore.container.openPort'
> {
  return {
    'stevedore.container.start': {
      run: (ctx, ts) =>
        forEachTarget(ctx, ts, t('Starting'), async (c) => {
          await actionsFor(ctx.services.engine).startContainer(c.id);
          void announceStart(ctx.services, logViews, startedNotice(ctx.services, logViews, c as TargetOf<'container'>));
        }),
    },
    'stevedore.container.stop': {
      run: (ctx, ts) =>
        forEachTarget(ctx, ts, t('Stopping'), (c) => actionsFor(ctx.services.engine).stopContainer(c.id), t('Stopped')),
    },
    'stevedore.container.restart': {
      run: (ctx, ts) =>
        forEachTarget(
          ctx,
          ts,
          t('Restarting'),
          (c) => actionsFor(ctx.services.engine).restartContainer(c.id),
          t('Restarted'),
        ),
    },
    'stevedore.container.pause': {
      run: (ctx, ts) =>
        forEachTarget(ctx, ts, t('Pausing'), (c) => actionsFor(ctx.services.engine).pauseContainer(c.id), t('Paused')),
    },
    'stevedore.container.unpause': {
      run: (ctx, ts) =>
        forEachTarget(
          ctx,
          ts,
          t('Unpausing'),
          (c) => actionsFor(ctx.services.engine).unpauseContainer(c.id),
          t('Unpaused'),
        ),
    },
    'stevedore.container.kill': {
      run: async (ctx, ts) => {
        const signal = await vscode.window.showQuickPick(
          stopSignals.map((s) => ({
            label: s,
            description:
              s === 'SIGKILL' ? t('force, cannot be caught') : s === 'SIGTERM' ? t('ask to terminate') : undefined,
          })),
          {
            title: t('Kill {0}: which signal?', ts.map((c) => c.name).join(', ')),
          },
        );
        if (!signal) return;
        await forEachTarget(
          ctx,
          ts,
          t('Killing'),
          (c) => actionsFor(ctx.services.engine).killContainer(c.id, signal.label),
          t('Sent {0} to', signal.label),
        );
      },
    },
    'stevedore.container.rename': {
      run: single(async (ctx, c) => {
        const name = await vscode.window.showInputBox({
          title: t('Rename container {0}', c.name),
          value: c.name,
          validateInput: (v) => (v ? validateContainerName(v) : t('A name is required')),
        });
        if (!name || name === c.name) return;
        await actionsFor(ctx.services.engine).renameContainer(c.id, name);
        vscode.window.setStatusBarMessage(t('Renamed {0} to {1}', c.name, name), 5000);
      }),
    },
    'stevedore.container.remove': {
      run: async (ctx, ts) => {
        const list = containers(ts);
        const running = list.filter(
          (c) => c.record.state === 'running' || c.record.state === 'paused' || c.record.state === 'restarting',
        );
        const withAnon = list.filter((c) => c.record.mounts.some((m) => m.anonymous));
        const remove = t('Remove');
        const removeAll = t('Remove with Anonymous Volumes');
        const only = onlyOne(list);
        const message = only ? t('Remove container {0}?', only.name) : t('Remove {0} containers?', list.length);
        const extra = [
          running.length ? t('{0} running: they are stopped first (force).', running.length) : '',
          withAnon.length
            ? t('{0} have anonymous volumes; keep them unless you choose "{1}".', withAnon.length, removeAll)
            : '',
        ]
          .filter(Boolean)
          .join('\n');
        const choice = await confirmDestructive(
          message,
          list.map((c) => `${c.name} (${c.record.state})`),
          withAnon.length ? [remove, removeAll] : [remove],
          extra || undefined,
        );
        if (!choice) return;
        await forEachTarget(
          ctx,
          list,
          t('Removing'),
          (c) =>
            actionsFor(ctx.services.engine).removeContainer(c.id, {
              force: running.includes(c as C),
              volumes: choice === removeAll,
            }),
          t('Removed'),
        );
      },
    },
    'stevedore.container.inspect': {
      run: single((ctx, c) => openInspect(ctx.services, docs, 'container', c.id, c.name)),
    },
    'stevedore.container.copyId': {
      run: async (_ctx, ts) => vscode.env.clipboard.writeText(ts.map((c) => c.id).join('\n')),
    },
    'stevedore.container.copyName': {
      run: async (_ctx, ts) => vscode.env.clipboard.writeText(ts.map((c) => c.name).join('\n')),
    },
    'stevedore.container.copyRunCommand': {
      run: single(async (ctx, c) => {
        const raw = (await actionsFor(ctx.services.engine).inspectRaw('container', c.id)) as { Image?: string };
        const image = raw.Image
          ? await actionsFor(ctx.services.engine)
              .inspectRaw('image', raw.Image)
              .catch(() => undefined)
          : undefined;
        const text = dockerRunCommands(raw, image)
          .map((a) => multiLineCommand(a, a[1] === 'network' ? 3 : 2))
          .join('\n');
        await vscode.env.clipboard.writeText(text);
        void vscode.window.showInformationMessage(
          t('Copied: {0}', text.length > 200 ? `${text.slice(0, 200)}…` : text),
        );
      }),
    },
    'stevedore.container.openPort': {
      run: single(async (ctx, c) => {
        if (c.kind !== 'container') return;
        const ports = c.record.ports.filter((p) => p.publicPort && (p.type === 'tcp' || !p.type));
        const seen = new Set<number>();
        const unique = ports.filter((p) => p.publicPort && !seen.has(p.publicPort) && !!seen.add(p.publicPort));
        if (!unique.length) {
          void vscode.window.showInformationMessage(t('{0} publishes no TCP port.', c.name));
          return;
        }
        const pick =
          unique.length === 1
            ? unique[0]
            : (
                await vscode.window.showQuickPick(
                  unique.map((p) => ({ label: `${p.publicPort} → ${p.privatePort}`, p })),
                  { title: t('Open which port of {0}?', c.name) },
                )
              )?.p;
        if (!pick) return;
        const remote = /^(?:tcp|ssh):\/\/(?:[^@/]*@)?([^:/]+)/.exec(ctx.services.engine.endpoint.host)?.[1];
        const host = remote ?? (pick.ip && pick.ip !== '0.0.0.0' && pick.ip !== '::' ? pick.ip : 'localhost');
        const scheme = pick.privatePort === 443 || pick.privatePort === 8443 ? 'https' : 'http';
        await vscode.env.openExternal(
          vscode.Uri.parse(`${scheme}://${host.includes(':') ? `[${host}]` : host}:${pick.publicPort}/`),
        );
      }),
    },
  };
}
