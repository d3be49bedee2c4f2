import { describe, expect, it } from 'vitest';
import { compose, container, image, network, now, volume } from './fixtures.test-helpers';
import { buildImageTree, splitTag } from './images';
import { buildNetworkTree } from './networks';
import { defaultSettings } from './settings';
import { buildVolumeTree } from './volumes';
import { buildContextTree } from './contexts';

const imgA = 'sha256:' + 'a'.repeat(64);
const imgB = 'sha256:' + 'b'.repeat(64);
const imgD = 'sha256:' + 'd'.repeat(64);

describe('image tree (unit)', () => {
  const images = [
    image({
      id: imgA,
      repoTags: ['stevedore-test/busybox:latest', 'stevedore-test/busybox:v1', 'localhost:5000/team/app:2'],
    }),
    image({ id: imgB, repoTags: ['shop-web:latest'], size: 12_345_678 }),
    image({ id: imgD, dangling: true }),
  ];
  const containers = [container({ name: 'a', imageId: imgA }), container({ name: 'b', imageId: imgA })];
  const base = { settings: defaultSettings.images, workspaceFolders: [], containers, nowMs: now };

  it('splits registry ports from tags', () => {
    expect(splitTag('localhost:5000/team/app:2')).toEqual(['localhost:5000/team/app', '2']);
    expect(splitTag('localhost:5000/team/app')).toEqual(['localhost:5000/team/app', 'latest']);
  });

  it('groups tags by repository with size · created · in-use, dangling hidden by default', () => {
    const tree = buildImageTree(images, { ...base, state: { onlyWorkspace: false, showDangling: false } });
    expect(tree.map((n) => n.label)).toEqual(['localhost:5000/team/app', 'shop-web', 'stevedore-test/busybox']);
    const busybox = tree[2]!;
    expect(busybox).toMatchObject({
      kind: 'imageRepo',
      contextValue: 'imageRepo',
      description: '2 tags · in use by 2',
    });
    expect(busybox.children!.map((n) => [n.label, n.description, n.contextValue])).toEqual([
      ['latest', '1.99 MB · About an hour ago · in use by 2', 'image'],
      ['v1', '1.99 MB · About an hour ago · in use by 2', 'image'],
    ]);
    expect(tree[1]!.children![0]!.description).toBe('12.3 MB · About an hour ago');
  });

  it('shows dangling images in a <none> group when toggled', () => {
    const tree = buildImageTree(images, { ...base, state: { onlyWorkspace: false, showDangling: true } });
    const none = tree.at(-1)!;
    expect(none.label).toBe('<none>');
    expect(none.children![0]).toMatchObject({ label: 'dddddddddddd', contextValue: 'image:dangling' });
    expect(none.children![0]!.description).toMatch(/^dangling · /);
  });

  it('workspace toggle keeps images of the workspace projects', () => {
    const ws = [compose('shop', 'web', '/w/shop', { imageId: imgB, image: 'shop-web' })];
    const tree = buildImageTree(images, {
      ...base,
      containers: ws,
      workspaceFolders: ['/w'],
      state: { onlyWorkspace: true, showDangling: false },
    });
    expect(tree.map((n) => n.label)).toEqual(['shop-web']);
  });
});

describe('volume and network trees (unit)', () => {
  const anon = 'e'.repeat(64);
  const containers = [
    container({
      name: 'db',
      mounts: [{ type: 'volume', name: 'pgdata', source: '', destination: '/var/lib/pg', rw: true, anonymous: false }],
      networks: {
        shopnet: { ipAddress: '10.1.0.5', networkId: 'n1' },
        bridge: { ipAddress: '172.17.0.3', networkId: 'nb' },
      },
    }),
  ];
  it('volumes: usage, unused, anonymous recognisable', () => {
    const tree = buildVolumeTree([volume('pgdata'), volume('cache'), volume(anon)], {
      settings: defaultSettings.volumes,
      state: { onlyWorkspace: false },
      workspaceFolders: [],
      containers,
      nowMs: now,
    });
    expect(tree.map((n) => [n.label, n.description, n.contextValue])).toEqual([
      ['cache', 'unused', 'volume'],
      ['pgdata', 'in use by db', 'volume'],
      ['eeeeeeeeeeee…', 'anonymous · unused', 'volume:anonymous'],
    ]);
    expect(tree[1]!.tooltip).toContain('**Mountpoint:** `/var/lib/docker/volumes/pgdata/_data`');
  });

  it('networks: built-in marked and hideable, attached containers as children with IPs', () => {
    const nets = [
      network('bridge', 'nb', { subnets: [{ subnet: '172.17.0.0/16', gateway: '172.17.0.1' }] }),
      network('host', 'nh', { driver: 'host' }),
      network('shopnet', 'n1', { subnets: [{ subnet: '10.1.0.0/24' }] }),
    ];
    const o = {
      settings: defaultSettings.networks,
      containerSettings: defaultSettings.containers,
      workspaceFolders: [],
      containers,
      nowMs: now,
    };
    const tree = buildNetworkTree(nets, { ...o, state: { onlyWorkspace: false, showBuiltin: true } });
    expect(tree.map((n) => [n.label, n.description, n.contextValue])).toEqual([
      ['bridge', 'built-in · bridge · local · 172.17.0.0/16', 'network:builtin'],
      ['host', 'built-in · host · local', 'network:builtin'],
      ['shopnet', 'bridge · local · 10.1.0.0/24', 'network'],
    ]);
    expect(tree[2]!.children!.map((c) => [c.kind, c.label, c.description, c.contextValue])).toEqual([
      ['container', 'db', '10.1.0.5 · Up 3 minutes', 'container:running'],
    ]);
    expect(tree[2]!.tooltip).toContain('`db` 10.1.0.5');
    expect(
      buildNetworkTree(nets, { ...o, state: { onlyWorkspace: false, showBuiltin: false } }).map((n) => n.label),
    ).toEqual(['shopnet']);
  });

  it('contexts: the one this window uses comes first and is marked', () => {
    const tree = buildContextTree(
      [
        { name: 'remote', host: 'ssh://u@h', skipTlsVerify: false, hasTls: false, current: false },
        { name: 'default', host: 'unix:///var/run/docker.sock', skipTlsVerify: false, hasTls: false, current: true },
      ],
      { inUse: 'default', version: { version: '20.10.24', apiVersion: '1.41', os: 'linux', arch: 'amd64' } },
    );
    expect(tree.map((n) => [n.label, n.contextValue])).toEqual([
      ['default', 'context:current'],
      ['remote', 'context'],
    ]);
    expect(tree[0]!.description).toBe('this window · unix:///var/run/docker.sock · CLI current · Docker 20.10.24');
    expect(tree[0]!.tooltip).toContain('linux/amd64');
    // DOCKER_HOST / default socket: no context name, the context with the same host is the one in use
    const byHost = buildContextTree(
      tree.map((n) => n.record as never),
      { endpointHost: 'ssh://u@h' },
    );
    expect(byHost.map((n) => [n.label, n.contextValue])).toEqual([
      ['remote', 'context:current'],
      ['default', 'context'],
    ]);
  });
});
