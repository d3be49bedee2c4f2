// The Run… / Create… form: a menu of the answers (name, ports, environment, …), each edited in its own input.
import * as vscode from 'vscode';
import {
  formatPort,
  parsePorts,
  parseVolume,
  parseEnv,
  parseArgv,
  runSpecFromAnswers,
  validateContainerName,
  type RunAnswers,
} from '../../core/commands/runSpec';
import { restartPolicies, type RestartPolicy } from '../../core/engine/actions';
import { joinList, splitEnvList, splitList } from '../../core/messages/quickInput';
import type { Services } from '../services';

const t = vscode.l10n.t;

function summary(a: RunAnswers): { key: keyof RunAnswers | 'go'; label: string; description: string }[] {
  return [
    { key: 'name', label: t('Name'), description: a.name || t('(engine picks one)') },
    { key: 'ports', label: t('Ports'), description: a.ports || t('(none published)') },
    {
      key: 'env',
      label: t('Environment'),
      description: a.env.length ? a.env.map((e) => e.split('=')[0]).join(', ') : t('(none)'),
    },
    { key: 'volumes', label: t('Volumes'), description: a.volumes.join(', ') || t('(none)') },
    { key: 'network', label: t('Network'), description: a.network || t('(default bridge)') },
    { key: 'command', label: t('Command'), description: a.command || t('(the image CMD)') },
    { key: 'entrypoint', label: t('Entrypoint'), description: a.entrypoint || t('(the image ENTRYPOINT)') },
    { key: 'restart', label: t('Restart policy'), description: a.restart },
    { key: 'autoRemove', label: t('Remove when stopped (--rm)'), description: a.autoRemove ? t('yes') : t('no') },
    {
      key: 'interactive',
      label: t('Mode'),
      description: a.interactive ? t('interactive (opens a terminal)') : t('detached'),
    },
  ];
}

/** The menu of answers; returns the edited answers on "Run now", undefined on Escape. */
export async function askAnswers(
  image: string,
  start: RunAnswers,
  goLabel: string,
  services: Services,
): Promise<RunAnswers | undefined> {
  let a = { ...start };
  for (;;) {
    const items = [{ key: 'go' as const, label: `$(play) ${goLabel}`, description: '' }, ...summary(a)];
    const pick = await vscode.window.showQuickPick(items, {
      title: t('Run {0}', image),
      placeHolder: t('Pick a setting to change, or run with these'),
    });
    if (!pick) return undefined;
    if (pick.key === 'go') {
      try {
        runSpecFromAnswers(image, a);
        return a;
      } catch (e) {
        void vscode.window.showErrorMessage(e instanceof Error ? e.message : String(e));
        continue;
      }
    }
    a = (await editAnswer(a, pick.key, services)) ?? a;
  }
}

const check = (fn: (v: string) => unknown) => (v: string) => {
  try {
    fn(v);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
};

async function editAnswer(a: RunAnswers, key: keyof RunAnswers, services: Services): Promise<RunAnswers | undefined> {
  switch (key) {
    case 'name': {
      const v = await vscode.window.showInputBox({
        title: t('Container name'),
        value: a.name,
        prompt: t('Empty: the engine picks a name'),
        validateInput: (x) => validateContainerName(x),
      });
      return v === undefined ? undefined : { ...a, name: v };
    }
    case 'ports': {
      const v = await vscode.window.showInputBox({
        title: t('Published ports'),
        value: a.ports,
        prompt: t(
          'host:container, comma separated (e.g. 8080:80, 127.0.0.1:5432:5432, 53:53/udp). Pre-filled from the image EXPOSE, which publishes nothing by itself.',
        ),
        validateInput: check(parsePorts),
      });
      return v === undefined ? undefined : { ...a, ports: parsePorts(v).map(formatPort).join(', ') };
    }
    case 'env': {
      const v = await vscode.window.showInputBox({
        title: t('Environment variables'),
        value: joinList(a.env),
        prompt: t('KEY=VALUE, comma separated (e.g. MODE=dev, LIST=a,b); a value may hold commas'),
        validateInput: check((x) => splitEnvList(x).map(parseEnv)),
      });
      return v === undefined ? undefined : { ...a, env: splitEnvList(v) };
    }
    case 'volumes': {
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
      const v = await vscode.window.showInputBox({
        title: t('Volumes'),
        value: joinList(a.volumes),
        prompt: t(
          'name:/path (named), /path (anonymous), ./dir:/path or /abs:/path[:ro] (bind mount; ./ is the workspace folder), comma separated',
        ),
        validateInput: check((x) => splitList(x).map((p) => parseVolume(p, folder))),
      });
      return v === undefined ? undefined : { ...a, volumes: splitList(v) };
    }
    case 'network': {
      const nets = await services.engine.listNetworks().catch(() => []);
      const pick = await vscode.window.showQuickPick(
        [
          { label: t('(default bridge)'), value: '' },
          ...nets
            .filter((n) => n.name !== 'bridge')
            .map((n) => ({ label: n.name, description: n.driver, value: n.name })),
        ],
        { title: t('Network') },
      );
      return pick ? { ...a, network: pick.value } : undefined;
    }
    case 'restart': {
      const detail: Record<RestartPolicy, string> = {
        no: t('never restart'),
        always: t('always, also when the engine starts'),
        'unless-stopped': t('always, unless you stopped it'),
        'on-failure': t('only after a non-zero exit'),
      };
      const pick = await vscode.window.showQuickPick(
        restartPolicies.map((p) => ({ label: p, description: detail[p] })),
        { title: t('Restart policy') },
      );
      return pick
        ? { ...a, restart: pick.label as RestartPolicy, autoRemove: pick.label === 'no' ? a.autoRemove : false }
        : undefined;
    }
    case 'command':
    case 'entrypoint': {
      const v = await vscode.window.showInputBox({
        title:
          key === 'command' ? t('Command (overrides the image CMD)') : t('Entrypoint (overrides the image ENTRYPOINT)'),
        value: a[key] ?? '',
        prompt: t("As on a shell line, e.g. sh -c 'echo hi; sleep 60'. Empty: the image's own."),
        validateInput: check(parseArgv),
      });
      return v === undefined ? undefined : { ...a, [key]: v.trim() };
    }
    case 'autoRemove':
      return { ...a, autoRemove: !a.autoRemove, restart: !a.autoRemove ? 'no' : a.restart };
    case 'interactive':
      return { ...a, interactive: !a.interactive };
  }
}
