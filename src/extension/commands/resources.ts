// Volume and network verbs.
import * as vscode from 'vscode';
import { actionsFor, networkDrivers } from '../../core/engine/actions';
import { wayOut } from './wayOut';
import type { Services } from '../services';
import { confirmDestructive, forEachTarget, onlyOne, reportDone, single, type TargetOf } from './define';
import { inputStep, pickMany, pickStep } from './quickInput';
import { openInspect, type InspectDocuments } from './inspect';
import type { Registrations } from './registry';

const t = vscode.l10n.t;
const volumeName = /^[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

function parseLabels(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of text.split(/\s*,\s*/).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq <= 0) throw new Error(t('"{0}" is not key=value', part));
    out[part.slice(0, eq)] = part.slice(eq + 1);
  }
  return out;
}

const tryLabels = (v: string) => {
  try {
    parseLabels(v);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
};

export function resourceCommands(
  services: Services,
  docs: InspectDocuments,
): Registrations<
  | 'stevedore.volume.create'
  | 'stevedore.volume.inspect'
  | 'stevedore.volume.remove'
  | 'stevedore.network.create'
  | 'stevedore.network.connect'
  | 'stevedore.network.disconnect'
  | 'stevedore.network.inspect'
  | 'stevedore.network.remove'
> {
  const engine = () => services.engine;
  return {
    'stevedore.volume.create': {
      run: async () => {
        const steps = { totalSteps: 3 };
        const name = await inputStep({
          title: t('Create volume: name'),
          prompt: t('Empty: the engine generates a name'),
          validateInput: (v) =>
            !v || volumeName.test(v)
              ? undefined
              : t('Use letters, digits, "_", "." and "-", starting with a letter or digit'),
          step: 1,
          ...steps,
        });
        if (name === undefined) return;
        const driver = await inputStep({ title: t('Create volume: driver'), value: 'local', step: 2, ...steps });
        if (driver === undefined) return;
        const labels = await inputStep({
          title: t('Create volume: labels'),
          prompt: t('key=value, comma separated (optional)'),
          validateInput: tryLabels,
          step: 3,
          ...steps,
        });
        if (labels === undefined) return;
        const created = await actionsFor(engine()).createVolume({
          name: name || undefined,
          driver: driver || 'local',
          labels: parseLabels(labels),
        });
        void vscode.window.showInformationMessage(t('Created volume {0}.', created));
      },
    },
    'stevedore.volume.inspect': { run: single((_c, v) => openInspect(services, docs, 'volume', v.id, v.name)) },
    'stevedore.volume.remove': {
      run: async (ctx, ts) => {
        const remove = t('Remove');
        const one = onlyOne(ts);
        const choice = await confirmDestructive(
          one
            ? t('Remove volume {0} and all its data?', one.name)
            : t('Remove {0} volumes and all their data?', ts.length),
          ts.map((v) => v.name),
          [remove],
        );
        if (choice)
          await forEachTarget(
            ctx,
            ts,
            t('Removing'),
            (v) =>
              actionsFor(engine())
                .removeVolume(v.id)
                .catch(async (e: unknown) => {
                  await wayOut(ctx.services, e, { retry: () => actionsFor(engine()).removeVolume(v.id) });
                  return false;
                }),
            t('Removed'),
          );
      },
    },
    'stevedore.network.create': {
      run: async () => {
        const steps = { totalSteps: 4 };
        const name = await inputStep({
          title: t('Create network: name'),
          validateInput: (v) => (v.trim() ? undefined : t('A name is required')),
          step: 1,
          ...steps,
        });
        if (!name) return;
        const driver = await pickStep(
          networkDrivers
            .filter((d) => d.driver !== 'host' && d.driver !== 'none')
            .map((d) => ({ label: d.driver, detail: d.detail })),
          { title: t('Create network {0}: driver', name), step: 2, ...steps },
        );
        if (!driver) return;
        const subnet = await inputStep({
          title: t('Create network {0}: subnet (optional)', name),
          prompt: t('CIDR, e.g. 172.28.0.0/16; empty: the engine picks one'),
          validateInput: (v) =>
            !v || /^[0-9a-fA-F.:]+\/\d{1,3}$/.test(v) ? undefined : t('Use CIDR notation, e.g. 172.28.0.0/16'),
          step: 3,
          ...steps,
        });
        if (subnet === undefined) return;
        // nothing checked is an answer here (no options), so a plain multi-select
        const flags = await vscode.window.showQuickPick(
          [
            { label: 'internal', detail: t('No access to the outside world') },
            { label: 'attachable', detail: t('Standalone containers may join (overlay networks)') },
          ],
          {
            title: t('Create network {0}: options (4/4)', name),
            placeHolder: t('Check options with Space; Enter with none checked: neither'),
            canPickMany: true,
          },
        );
        if (!flags) return;
        await actionsFor(engine()).createNetwork({
          name,
          driver: driver.label,
          subnet: subnet || undefined,
          internal: flags.some((f) => f.label === 'internal'),
          attachable: flags.some((f) => f.label === 'attachable'),
        });
        void vscode.window.showInformationMessage(t('Created network {0}.', name));
      },
    },
    'stevedore.network.connect': {
      run: async (_c, ts) => {
        const net = ts[0] as TargetOf<'network'>;
        const attached = new Set((await engine().inspectNetwork(net.id)).containers.map((c) => c.id));
        const candidates = (await engine().listContainers({ all: true })).filter((c) => !attached.has(c.id));
        if (!candidates.length) {
          void vscode.window.showInformationMessage(t('Every container is already on {0}.', net.name));
          return;
        }
        const picks = await pickMany(
          candidates.map((c) => ({ label: c.name, description: `${c.state} · ${c.image}`, id: c.id })),
          { title: t('Connect to {0}', net.name) },
        );
        for (const p of picks ?? []) await actionsFor(engine()).connectNetwork(net.id, p.id);
        reportDone(t('Connected to {0}:', net.name), picks?.map((p) => p.label) ?? [], 'container');
      },
    },
    'stevedore.network.disconnect': {
      run: async (_c, ts) => {
        const net = ts[0] as TargetOf<'network'>;
        const attached = (await engine().inspectNetwork(net.id)).containers;
        if (!attached.length) {
          void vscode.window.showInformationMessage(t('No container is connected to {0}.', net.name));
          return;
        }
        const picks = await pickMany(
          attached.map((c) => ({ label: c.name, description: c.ipv4, id: c.id })),
          { title: t('Disconnect from {0}', net.name) },
        );
        for (const p of picks ?? []) await actionsFor(engine()).disconnectNetwork(net.id, p.id);
        reportDone(t('Disconnected from {0}:', net.name), picks?.map((p) => p.label) ?? [], 'container');
      },
    },
    'stevedore.network.inspect': { run: single((_c, n) => openInspect(services, docs, 'network', n.id, n.name)) },
    'stevedore.network.remove': {
      run: async (ctx, ts) => {
        const remove = t('Remove');
        const one = onlyOne(ts);
        const choice = await confirmDestructive(
          one ? t('Remove network {0}?', one.name) : t('Remove {0} networks?', ts.length),
          ts.map((n) => n.name),
          [remove],
        );
        if (choice)
          await forEachTarget(ctx, ts, t('Removing'), (n) => actionsFor(engine()).removeNetwork(n.id), t('Removed'));
      },
    },
  };
}
