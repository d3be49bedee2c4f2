import { describe, expect, it } from 'vitest';
import { buildContainerTree } from '../tree/containers';
import { compose, container, image, network, now, volume } from '../tree/fixtures.test-helpers';
import { buildImageTree } from '../tree/images';
import { buildNetworkTree } from '../tree/networks';
import { buildVolumeTree } from '../tree/volumes';
import type { TreeNode } from '../tree/nodes';
import { defaultSettings } from '../tree/settings';
import { commandTable as commandCatalog, specOf, type CommandSpec as CommandMeta } from './table/index';
import { pickerCandidates, targetsFromArgs } from './targets';

const meta = specOf;
const list = [
  compose('shop', 'web', '/home/u/shop', { state: 'running' }),
  compose('shop', 'db', '/home/u/shop', { state: 'exited' }),
  compose('shop', 'cache', '/home/u/shop', { state: 'paused' }),
  container({ name: 'alpha', state: 'created' }),
  container({ name: 'zeta', state: 'running' }),
];
const tree = buildContainerTree(list, {
  settings: { ...defaultSettings.containers },
  state: { onlyWorkspace: false },
  workspaceFolders: [],
  nowMs: now,
});
const find = (label: string) =>
  tree.flatMap((n): TreeNode[] => [n, ...(n.children ?? [])]).find((n) => n.label === label)!;
const names = (id: string, ...args: unknown[]) => targetsFromArgs(meta(id), args)?.map((t) => t.name);

describe('command targets (unit)', () => {
  it('a compose project applies the verb to the members it applies to', () => {
    const shop = find('shop');
    expect(names('stevedore.container.stop', shop)?.sort()).toEqual(['shop-cache-1', 'shop-web-1']);
    expect(names('stevedore.container.start', shop)).toEqual(['shop-db-1']);
    expect(names('stevedore.container.remove', shop)?.sort()).toEqual(['shop-cache-1', 'shop-db-1', 'shop-web-1']);
    expect(names('stevedore.container.pause', shop)).toEqual(['shop-web-1']);
    expect(names('stevedore.container.unpause', shop)).toEqual(['shop-cache-1']);
    expect(names('stevedore.container.kill', shop)?.sort()).toEqual(['shop-cache-1', 'shop-web-1']);
  });

  it('multi-selection uses every selected node once; a click outside the selection uses only the clicked node', () => {
    const zeta = find('zeta');
    const alpha = find('alpha');
    const shop = find('shop');
    expect(names('stevedore.container.restart', zeta, [zeta, shop])?.sort()).toEqual([
      'shop-cache-1',
      'shop-web-1',
      'zeta',
    ]);
    expect(names('stevedore.container.restart', zeta, [alpha, shop])).toEqual(['zeta']);
    expect(names('stevedore.container.start', alpha, [alpha, zeta])).toEqual(['alpha']);
  });

  it('no tree node means the palette (undefined), a node of another kind gives nothing', () => {
    expect(names('stevedore.container.stop')).toBeUndefined();
    expect(names('stevedore.container.stop', 'not a node')).toBeUndefined();
    expect(names('stevedore.image.remove', find('zeta'))).toEqual([]);
  });
});

describe('palette pickers offer what the menus offer (unit)', () => {
  const images = [
    image({ id: 'sha256:' + 'a'.repeat(64), repoTags: ['web:1', 'web:latest'] }),
    image({ id: 'sha256:' + 'b'.repeat(64), repoTags: [], dangling: true }),
  ];
  const volumes = [volume('data'), volume('c'.repeat(64))];
  const networks = [network('bridge', 'n1'), network('host', 'n2'), network('none', 'n3'), network('appnet', 'n4')];
  const lists = { containers: list, images, volumes, networks };
  const flat = (nodes: TreeNode[]): TreeNode[] => nodes.flatMap((n) => [n, ...flat(n.children ?? [])]);
  const settings = { ...defaultSettings };
  const treeNodes = flat([
    ...tree,
    ...buildImageTree(images, {
      settings: { ...settings.images, groupBy: 'none' },
      state: { onlyWorkspace: false, showDangling: true },
      workspaceFolders: [],
      containers: [],
      nowMs: now,
    }),
    ...buildVolumeTree(volumes, {
      settings: settings.volumes,
      state: { onlyWorkspace: false },
      workspaceFolders: [],
      containers: [],
      nowMs: now,
    }),
    ...buildNetworkTree(networks, {
      settings: settings.networks,
      containerSettings: settings.containers,
      state: { onlyWorkspace: false, showBuiltin: true },
      workspaceFolders: [],
      containers: [],
      nowMs: now,
    }),
  ]);

  it('for every item command, the picker lists exactly the items whose tree menu shows it', () => {
    for (const c of commandCatalog as readonly CommandMeta[]) {
      if (!c.item || c.target === 'none') continue;
      const re = new RegExp(c.item.viewItem);
      const fromMenus = treeNodes
        .filter((n) => n.kind === c.target && re.test(n.contextValue))
        .flatMap((n) => targetsFromArgs(c, [n]) ?? [])
        .map((x) => x.name)
        .sort();
      expect(
        pickerCandidates(c, lists)
          .map((x) => x.name)
          .sort(),
        c.id,
      ).toEqual(fromMenus);
    }
  });

  it('no dangling image to push or pull again, no built-in network to remove or connect', () => {
    const names = (id: string) => pickerCandidates(meta(id), lists).map((x) => x.name);
    expect(names('stevedore.image.push')).toEqual(['web:1', 'web:latest']);
    expect(names('stevedore.image.repull')).toEqual(['web:1', 'web:latest']);
    expect(names('stevedore.image.remove')).toContain(`<none> ${'b'.repeat(12)}`);
    expect(names('stevedore.network.remove')).toEqual(['appnet']);
    expect(names('stevedore.network.connect')).toEqual(['appnet']);
    expect(names('stevedore.network.inspect')).toEqual(['bridge', 'host', 'none', 'appnet']);
    expect(names('stevedore.container.unpause')).toEqual(['shop-cache-1']);
    expect(names('stevedore.container.start')).toEqual(['alpha', 'shop-db-1']);
  });
});
