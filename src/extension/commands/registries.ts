// The Registries view's commands: add/remove a registry, refresh, pull a tag, copy its reference, delete it,
// push a local image there (offering to tag it). Log in/out are the registry.login/logout commands.
import * as vscode from 'vscode';
import { actionsFor } from '../../core/engine/actions';
import { referenceOf, type RegistryNode } from '../../core/registry/registryNodes';
import { RegistryClient } from '../../core/registry/v2Client';
import type { Services } from '../services';
import { addedRegistriesKey, RegistriesProvider } from '../views/registriesView';
import { confirmDestructive } from './define';
import { validateReference } from './images';
import type { Registrations } from './registry';

const t = vscode.l10n.t;
type Tag = Extract<RegistryNode, { kind: 'registryTag' }>;
type Registry = Extract<RegistryNode, { kind: 'registry' }>;

const isNode = <K extends RegistryNode['kind']>(x: unknown, kind: K): x is Extract<RegistryNode, { kind: K }> =>
  !!x && typeof x === 'object' && (x as RegistryNode).kind === kind;

export type RegistryCommandId =
  | 'stevedore.registry.add'
  | 'stevedore.registry.forget'
  | 'stevedore.registry.refresh'
  | 'stevedore.registry.push'
  | 'stevedore.registryTag.pull'
  | 'stevedore.registryTag.copyReference'
  | 'stevedore.registryTag.remove';

export function registryViewCommands(services: Services): Registrations<RegistryCommandId> {
  const provider = new RegistriesProvider(services);
  services.context.subscriptions.push(
    vscode.window.createTreeView('stevedore.registries', { treeDataProvider: provider, showCollapseAll: true }),
  );
  const state = services.context.globalState;
  const tagOf = (arg: unknown): Tag => {
    if (!isNode(arg, 'registryTag')) throw new Error(t('Pick a tag in the Registries view.'));
    return arg;
  };
  return {
    'stevedore.registry.add': {
      run: async () => {
        const host = await vscode.window.showInputBox({
          title: t('Add a registry'),
          prompt: t('Host and port of a V2 registry, e.g. registry.example.com or localhost:5000'),
          validateInput: (v) =>
            /^[a-z0-9.-]+(:\d+)?$/i.test(v.trim()) ? undefined : t('host[:port], no scheme or path'),
        });
        if (!host) return;
        await new RegistryClient(host.trim()).catalog(1).catch((e: unknown) => {
          // a registry that wants a login is still worth listing: the view says so under it
          if ((e as { kind?: string }).kind !== 'unauthorized') throw e;
        });
        await state.update(addedRegistriesKey, [...new Set([...provider.added(), host.trim()])]);
        provider.refresh();
      },
    },
    'stevedore.registry.forget': {
      run: async (_c, _ts, arg) => {
        if (!isNode(arg, 'registry')) return;
        await state.update(
          addedRegistriesKey,
          provider.added().filter((h) => h !== arg.host),
        );
        provider.refresh();
      },
    },
    // from a Retry row: only that registry or repository; from the title bar: everything
    'stevedore.registry.refresh': {
      run: async (_c, _ts, arg) =>
        provider.refresh(isNode(arg, 'registry') || isNode(arg, 'registryRepo') ? arg : undefined),
    },
    'stevedore.registry.push': {
      run: async (_c, _ts, arg) => {
        const reg = isNode(arg, 'registry') ? (arg as Registry) : undefined;
        const images = (await services.engine.listImages()).filter((i) => i.repoTags.length);
        const pick = await vscode.window.showQuickPick(
          images.flatMap((i) =>
            i.repoTags.map((tag) => ({ label: tag, description: i.id.slice(7, 19), id: i.id, record: i })),
          ),
          { title: t('Push which image to {0}?', reg?.host ?? t('a registry')) },
        );
        if (!pick) return;
        let target = pick.label;
        if (reg && !pick.label.startsWith(`${reg.host}/`)) {
          const name = pick.label.replace(/^[^/]+\.[^/]+\//, '').replace(/^[^/]*:\d+\//, '');
          const v = await vscode.window.showInputBox({
            title: t('Tag {0} for {1}', pick.label, reg.host),
            value: reg.host === 'docker.io' ? name : `${reg.host}/${name}`,
            validateInput: validateReference,
          });
          if (!v) return;
          await actionsFor(services.engine).tagImage(pick.label, v);
          target = v;
        }
        await vscode.commands.executeCommand('stevedore.image.push', {
          kind: 'image',
          record: pick.record,
          tag: target,
          id: pick.id,
        });
        provider.refresh();
      },
    },
    'stevedore.registryTag.pull': {
      run: async (_c, _ts, arg) => vscode.commands.executeCommand('stevedore.image.pull', referenceOf(tagOf(arg))),
    },
    'stevedore.registryTag.copyReference': {
      run: async (_c, _ts, arg) => {
        const n = tagOf(arg);
        const ref = n.details?.digest ? `${referenceOf(n)}@${n.details.digest}` : referenceOf(n);
        await vscode.env.clipboard.writeText(ref);
      },
    },
    'stevedore.registryTag.remove': {
      run: async (_c, _ts, arg) => {
        const n = tagOf(arg);
        const client = await provider.client(n.host);
        const digest = n.details?.digest ?? (await client.details(n.repository, n.tag)).digest;
        // the API deletes the manifest: every tag on the same digest goes with it
        const siblings = [];
        for (const tag of await client.tags(n.repository))
          if (tag !== n.tag && (await client.details(n.repository, tag).catch(() => undefined))?.digest === digest)
            siblings.push(tag);
        const items = [n.tag, ...siblings].map((tag) => `${referenceOf({ ...n, tag })}  (${digest.slice(0, 19)})`);
        const del = t('Delete');
        const ok = await confirmDestructive(
          t('Delete from {0}? The registry removes the manifest, so every tag on it goes.', n.host),
          items,
          [del],
          t('Blobs stay on the registry until its garbage collection runs.'),
        );
        if (ok !== del) return;
        await client.deleteTag(n.repository, n.tag);
        provider.refresh();
      },
    },
  };
}
