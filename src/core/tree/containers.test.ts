import { describe, expect, it } from 'vitest';
import { buildContainerTree, containerIcon } from './containers';
import { filterTree } from './filter';
import { compose, container, now } from './fixtures.test-helpers';
import { defaultSettings, type ContainerSettings } from './settings';
import { containerTooltip } from './tooltips';

const opts = (settings: Partial<ContainerSettings> = {}, onlyWorkspace = false, folders: string[] = []) => ({
  settings: { ...defaultSettings.containers, ...settings },
  state: { onlyWorkspace },
  workspaceFolders: folders,
  nowMs: now,
});

describe('container tree (unit)', () => {
  const list = [
    container({ name: 'zeta', state: 'exited', status: 'Exited (137) 2 hours ago' }),
    compose('shop', 'web', '/home/u/shop', { state: 'running', status: 'Up 3 minutes (healthy)', health: 'healthy' }),
    compose('shop', 'db', '/home/u/shop', { state: 'paused', status: 'Up 3 minutes (Paused)' }),
    container({ name: 'alpha', state: 'created', status: 'Created' }),
    compose('other', 'api', '/srv/other'),
  ];

  it('groups by compose project first, then loose containers sorted by name', () => {
    const tree = buildContainerTree(list, opts());
    expect(tree.map((n) => [n.kind, n.label])).toEqual([
      ['composeProject', 'other'],
      ['composeProject', 'shop'],
      ['container', 'alpha'],
      ['container', 'zeta'],
    ]);
    const shop = tree[1]!;
    expect(shop.description).toBe('1/2 running');
    // db is paused: the project offers Unpause (never Pause and Unpause together)
    expect(shop.contextValue).toBe('composeProject:paused');
    expect(shop.children!.map((n) => n.label)).toEqual(['shop-db-1', 'shop-web-1']);
    expect(shop.children!.every((c) => c.parentId === shop.id)).toBe(true);
  });

  it('labels, descriptions, context values and icons follow state and health', () => {
    const tree = buildContainerTree(list, opts({ groupBy: 'none' }));
    const byName = new Map(tree.map((n) => [n.label, n]));
    expect(byName.get('zeta')).toMatchObject({
      description: 'stevedore-test/busybox · Exited (137) 2 hours ago',
      contextValue: 'container:exited',
      icon: { id: 'vm-outline', color: 'charts.red' },
    });
    expect(byName.get('shop-web-1')).toMatchObject({
      contextValue: 'container:running',
      icon: { id: 'vm-running', color: 'charts.green' },
    });
    expect(byName.get('shop-db-1')).toMatchObject({ contextValue: 'container:paused', icon: { id: 'debug-pause' } });
    expect(byName.get('alpha')).toMatchObject({
      contextValue: 'container:created',
      description: 'stevedore-test/busybox · Created',
    });
    expect(containerIcon(container({ name: 'x', health: 'unhealthy' })).color).toBe('charts.red');
    const byId = buildContainerTree([container({ name: 'n', image: 'sha256:' + 'f'.repeat(64) })], opts());
    expect(byId[0]!.description).toBe('ffffffffffff · Up 3 minutes');
  });

  it('settings change label, description, grouping and sort', () => {
    const tree = buildContainerTree(
      list,
      opts({ groupBy: 'state', label: 'composeService', description: ['status'], sortBy: 'created' }),
    );
    expect(tree.map((n) => n.label)).toEqual(['Running', 'Paused', 'Created', 'Exited']);
    expect(tree[0]!.children!.map((n) => n.label).sort()).toEqual(['api', 'web']);
    expect(tree[0]!.children![0]!.description).toMatch(/^Up 3 minutes/);
  });

  it('a group builds its items once, when first read; tooltips too; a text filter keeps the group tooltip', () => {
    const tree = buildContainerTree(list, opts());
    const shop = tree[1]!;
    const first = shop.children!;
    expect(shop.children).toBe(first);
    expect(first[0]!.tooltip).toBe(first[0]!.tooltip);
    expect(first[0]!.tooltip).toContain('### shop\\-db\\-1');
    const filtered = filterTree(tree, 'web');
    expect(filtered.map((n) => n.label)).toEqual(['shop']);
    expect(filtered[0]!.children!.map((n) => n.label)).toEqual(['shop-web-1']);
    expect(filtered[0]!.tooltip).toBe(shop.tooltip);
    expect(filtered[0]!.tooltip).toContain('**Compose project** `shop`');
  });

  it('keeps only the workspace compose projects when asked', () => {
    const tree = buildContainerTree(list, opts({}, true, ['/home/u/shop']));
    expect(tree.map((n) => n.label)).toEqual(['shop']);
  });

  it('tooltip lists ports (links when published), mounts of each kind, networks and labels', () => {
    const c = container({
      name: 'web',
      ports: [
        { privatePort: 80, publicPort: 8080, ip: '0.0.0.0', type: 'tcp' },
        { privatePort: 80, publicPort: 8080, ip: '::', type: 'tcp' },
        { privatePort: 443, type: 'tcp' },
      ],
      mounts: [
        {
          type: 'volume',
          name: 'data',
          source: '/var/lib/docker/volumes/data/_data',
          destination: '/data',
          rw: true,
          anonymous: false,
        },
        { type: 'bind', source: '/home/u/site', destination: '/www', rw: false, anonymous: false },
        { type: 'volume', name: 'f'.repeat(64), source: '/x', destination: '/cache', rw: true, anonymous: true },
      ],
      labels: { team: 'a*b' },
    });
    const md = containerTooltip(c, undefined, { nowMs: now });
    expect(md).toContain('[0\\.0\\.0\\.0:8080](http://localhost:8080) → 80/tcp');
    expect(md.match(/8080\]/g)).toHaveLength(1);
    expect(md).toContain('443/tcp (not published)');
    expect(md).toContain('volume `data` → `/data`');
    expect(md).toContain('bind `/home/u/site` → `/www` (read-only)');
    expect(md).toContain('anonymous volume `ffffffffffff…` → `/cache`');
    expect(md).toContain('`bridge` 172.17.0.2');
    expect(md).toContain('`team` = `a*b`');
    expect(md).toContain('**Created:**');
  });
});
