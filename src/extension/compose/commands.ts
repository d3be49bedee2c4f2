// The compose verbs as VS Code commands: file menu, editor title, palette, the project node and code lenses.
import * as vscode from 'vscode';
import type { ComposeProject } from '../../core/compose/cli';
import { composeCommands, type ComposeCommandId } from '../../core/commands/table/index';
import { volumesListedForDown } from '../../core/compose/down';
import { projectContainers } from '../../core/compose/states';
import type { Services } from '../services';
import { ConfigDocuments } from './configView';
import type { ComposeRunner } from './runner';
import { resolveTarget, targetForFile, type ComposeTarget } from './target';
import { pickMany } from '../commands/quickInput';

const t = vscode.l10n.t;

type Run = (target: ComposeTarget, service?: string) => Promise<void>;

export function registerComposeCommands(
  services: Services,
  runner: ComposeRunner,
  configs: ConfigDocuments,
): vscode.Disposable[] {
  const r = (p: ComposeProject, verb: Parameters<ComposeRunner['run']>[1], o?: Parameters<ComposeRunner['run']>[2]) =>
    runner.run(p, verb, o).then(() => undefined);
  const handlers: Record<ComposeCommandId, Run> = {
    'stevedore.compose.up': ({ project }) => r(project, 'up', { detached: true }),
    'stevedore.compose.upSelect': async (target) => {
      const picked = await pickUp(target);
      if (picked)
        await r({ ...target.project, profiles: picked.profiles }, 'up', {
          detached: true,
          build: picked.build,
          services: picked.services,
        });
    },
    'stevedore.compose.down': async (target) => {
      const plan = await confirmDown(services, target);
      if (plan) await r(target.project, 'down', { volumes: plan.volumes });
    },
    'stevedore.compose.restart': async (target) => {
      const s = await pickServices(target, 'restart');
      if (s) await r(target.project, 'restart', { services: s });
    },
    'stevedore.compose.stop': ({ project }) => r(project, 'stop'),
    'stevedore.compose.start': ({ project }) => r(project, 'start'),
    'stevedore.compose.pull': ({ project }) => r(project, 'pull'),
    'stevedore.compose.build': ({ project }) => r(project, 'build'),
    'stevedore.compose.ps': ({ project }) => r(project, 'ps', { all: true }),
    'stevedore.compose.logs': async (target) => {
      const all = t('All services');
      const pick = await vscode.window.showQuickPick([all, ...target.services], { title: t('Follow the logs of…') });
      if (pick)
        await runner.terminal(
          target.project,
          'logs',
          { follow: true, tail: 500, ...(pick === all ? {} : { services: [pick] }) },
          t('compose logs: {0}', pick === all ? target.project.name : pick),
        );
    },
    'stevedore.compose.config': async ({ project }) => configs.open(project),
    'stevedore.compose.upService': ({ project }, s) => r(project, 'up', { detached: true, services: s ? [s] : [] }),
    'stevedore.compose.stopService': ({ project }, s) => r(project, 'stop', { services: s ? [s] : [] }),
    'stevedore.compose.logsService': async ({ project }, s) => {
      await runner.terminal(
        project,
        'logs',
        { follow: true, tail: 500, services: s ? [s] : [] },
        t('compose logs: {0}', s ?? project.name),
      );
    },
    'stevedore.compose.shellService': async ({ project }, s) => {
      const cs = projectContainers(
        await services.engine.listContainers({
          filters: { label: [`com.docker.compose.project=${project.name}`, `com.docker.compose.service=${s ?? ''}`] },
        }),
        project.name,
      );
      const c = cs[0];
      if (!c) throw new Error(t('Service {0} has no running container; run Up first.', s ?? ''));
      await vscode.commands.executeCommand('stevedore.container.attachShell', {
        kind: 'container',
        id: c.id,
        name: c.name,
        record: c,
      });
    },
  };
  return composeCommands.map((meta) =>
    vscode.commands.registerCommand(meta.id, async (arg?: unknown, service?: unknown) => {
      try {
        if (!vscode.workspace.isTrusted)
          throw new Error(t('Compose runs the files of this workspace; trust the workspace first.'));
        // code lens actions pass (uri string, service)
        const target = typeof arg === 'string' ? targetForFile(vscode.Uri.parse(arg).fsPath) : await resolveTarget(arg);
        if (!target) return;
        await handlers[meta.id](target, typeof service === 'string' ? service : undefined);
      } catch (e) {
        void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
      }
    }),
  );
}

async function pickServices(target: ComposeTarget, verb: string): Promise<string[] | undefined> {
  if (target.services.length <= 1) return [];
  const picked = await pickMany(
    target.services.map((s) => ({ label: s, picked: true })),
    { title: t('Compose {0}: which services?', verb) },
  );
  if (!picked) return undefined;
  return picked.length === target.services.length ? [] : picked.map((p) => p.label);
}

async function pickUp(
  target: ComposeTarget,
): Promise<{ services: string[]; profiles: string[]; build: boolean } | undefined> {
  type Item = vscode.QuickPickItem & { kind2: 'service' | 'profile' | 'build' };
  const items: Item[] = [
    { label: t('Services'), kind: vscode.QuickPickItemKind.Separator, kind2: 'service' },
    ...target.services.map((s): Item => ({ label: s, kind2: 'service' })),
    ...(target.profiles.length
      ? [
          { label: t('Profiles'), kind: vscode.QuickPickItemKind.Separator, kind2: 'profile' } as Item,
          ...target.profiles.map((p): Item => ({
            label: p,
            description: t('profile'),
            kind2: 'profile',
            picked: target.project.profiles.includes(p),
          })),
        ]
      : []),
    { label: t('Options'), kind: vscode.QuickPickItemKind.Separator, kind2: 'build' },
    { label: '--build', description: t('build images before starting'), kind2: 'build' },
  ];
  const picked = await vscode.window.showQuickPick(items, {
    title: t('Compose Up (detached): pick services (none = all), profiles and options'),
    canPickMany: true,
    // the walkthrough's Compose Up button starts here, and its page takes the focus back at once
    ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  return {
    services: picked.filter((p) => p.kind2 === 'service').map((p) => p.label),
    profiles: picked.filter((p) => p.kind2 === 'profile').map((p) => p.label),
    build: picked.some((p) => p.kind2 === 'build'),
  };
}

/** Down, or Down with -v after a modal that lists exactly the volumes that exist and would go. */
async function confirmDown(services: Services, target: ComposeTarget): Promise<{ volumes: boolean } | undefined> {
  const keep = t('Down (keep volumes)');
  const remove = t('Down and Remove Volumes (-v)…');
  const choice = await vscode.window.showQuickPick([keep, remove], {
    title: t('Compose Down {0}: stops and removes its containers and networks', target.project.name),
  });
  if (!choice) return undefined;
  if (choice === keep) return { volumes: false };
  const existing = (await volumesListedForDown(services.engine, target.project.name, target.models)).names;
  const detail = existing.length
    ? t('These volumes and all their data will be deleted:\n{0}', existing.map((v) => `• ${v}`).join('\n'))
    : t('No volume of this project exists on the engine.');
  const ok = t('Remove Containers and Volumes');
  const answer = await vscode.window.showWarningMessage(
    t('Compose Down -v {0}?', target.project.name),
    { modal: true, detail },
    ok,
  );
  return answer === ok ? { volumes: true } : undefined;
}
