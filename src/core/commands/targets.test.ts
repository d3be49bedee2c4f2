import { describe, expect, it } from 'vitest';
import { buildContainerTree } from '../tree/containers';
import { compose, container, now } from '../tree/fixtures.test-helpers';
import type { TreeNode } from '../tree/nodes';
import { defaultSettings } from '../tree/settings';
import { commandCatalog, type CommandMeta } from './catalog';
import { targetsFromArgs } from './targets';

const meta = (id: string) => (commandCatalog as readonly CommandMeta[]).find((c) => c.id === id)!;
const list = [
  compose('shop', 'web', '/home/u/shop', { state: 'running' }),
  compose('shop', 'db', '/home/u/shop', { state: 'exited' }),
  compose('shop', 'cache', '/home/u/shop', { state: 'paused' }),
  container({ name: 'alpha', state: 'created' }),
  container({ name: 'zeta', state: 'running' }),
];
const tree = buildContainerTree(list, { settings: { ...defaultSettings.containers }, state: { onlyWorkspace: false }, workspaceFolders: [], nowMs: now });
const find = (label: string) => tree.flatMap((n): TreeNode[] => [n, ...(n.children ?? [])]).find((n) => n.label === label)!;
const names = (id: string, ...args: unknown[]) => targetsFromArgs(meta(id), args)?.map((t) => t.name);

describe('command targets (unit)', () => {
  it('a compose project applies the verb to the members it applies to', () => {
    const shop = find('shop');
    expect(names('stevedore.container.stop', shop)?.sort()).toEqual(['shop-cache-1', 'shop-web-1']);
    expect(names('stevedore.container.start', shop)).toEqual(['shop-db-1']);
    expect(names('stevedore.container.remove', shop)?.sort()).toEqual(['shop-cache-1', 'shop-db-1', 'shop-web-1']);
  });

  it('multi-selection uses every selected node once; a click outside the selection uses only the clicked node', () => {
    const zeta = find('zeta');
    const alpha = find('alpha');
    const shop = find('shop');
    expect(names('stevedore.container.restart', zeta, [zeta, shop])?.sort()).toEqual(['shop-cache-1', 'shop-web-1', 'zeta']);
    expect(names('stevedore.container.restart', zeta, [alpha, shop])).toEqual(['zeta']);
    expect(names('stevedore.container.start', alpha, [alpha, zeta])).toEqual(['alpha']);
  });

  it('no tree node means the palette (undefined), a node of another kind gives nothing', () => {
    expect(names('stevedore.container.stop')).toBeUndefined();
    expect(names('stevedore.container.stop', 'not a node')).toBeUndefined();
    expect(names('stevedore.image.remove', find('zeta'))).toEqual([]);
  });
});
