// Sort orders and the "only this workspace's compose projects" toggle of the Images, Volumes, Networks and Engines views.
import { describe, expect, it } from 'vitest';
import type { ContextInfo } from '../engine/types';
import { buildTree, defaultLayout } from './build';
import { buildContextTree } from './contexts';
import { compose, container, image, network, now, volume } from './fixtures.test-helpers';
import { buildImageTree } from './images';
import { buildNetworkTree } from './networks';
import { defaultSettings, defaultViewState } from './settings';
import { buildVolumeTree } from './volumes';

const iso = (secondsAgo: number) => new Date(now - secondsAgo * 1000).toISOString();
const hex = (c: string) => 'sha256:' + c.repeat(64);
const off = { onlyWorkspace: false, showDangling: false, showBuiltin: true };

describe('sorting (unit)', () => {
  it('images: by name, newest first, largest first (flat list)', () => {
    const images = [
      image({ id: hex('1'), repoTags: ['b:1'], created: 300, size: 5 }),
      image({ id: hex('2'), repoTags: ['a:1'], created: 100, size: 50 }),
      image({ id: hex('3'), repoTags: ['c:1'], created: 200, size: 500 }),
    ];
    const labels = (sortBy: 'name' | 'created' | 'size') =>
      buildImageTree(images, {
        settings: { ...defaultSettings.images, groupBy: 'none', label: 'fullTag', sortBy },
        state: off,
        workspaceFolders: [],
        containers: [],
        nowMs: now,
      }).map((n) => n.label);
    expect(labels('name')).toEqual(['a:1', 'b:1', 'c:1']);
    expect(labels('created')).toEqual(['b:1', 'c:1', 'a:1']);
    expect(labels('size')).toEqual(['c:1', 'a:1', 'b:1']);
  });

  it('volumes: by name or newest first; anonymous ones always after named ones', () => {
    const anon = 'e'.repeat(64);
    const vols = [
      volume('b', { createdAt: iso(300) }),
      volume('a', { createdAt: iso(600) }),
      volume(anon, { createdAt: iso(1) }),
      volume('c', { createdAt: iso(100) }),
    ];
    const labels = (sortBy: 'name' | 'created') =>
      buildVolumeTree(vols, {
        settings: { ...defaultSettings.volumes, sortBy },
        state: off,
        workspaceFolders: [],
        containers: [],
        nowMs: now,
      }).map((n) => n.label);
    expect(labels('name')).toEqual(['a', 'b', 'c', 'eeeeeeeeeeee…']);
    expect(labels('created')).toEqual(['c', 'b', 'a', 'eeeeeeeeeeee…']);
  });

  it('networks: by name, newest first, by driver; built-in ones first', () => {
    const nets = [
      network('zeta', 'n1', { driver: 'bridge', created: iso(50) }),
      network('alpha', 'n2', { driver: 'overlay', created: iso(100) }),
      network('mid', 'n3', { driver: 'macvlan', created: iso(300) }),
      network('bridge', 'nb', { created: iso(9000) }),
    ];
    const labels = (sortBy: 'name' | 'created' | 'driver') =>
      buildNetworkTree(nets, {
        settings: { ...defaultSettings.networks, sortBy },
        containerSettings: defaultSettings.containers,
        state: off,
        workspaceFolders: [],
        containers: [],
        nowMs: now,
      }).map((n) => n.label);
    expect(labels('name')).toEqual(['bridge', 'alpha', 'mid', 'zeta']);
    expect(labels('created')).toEqual(['bridge', 'zeta', 'alpha', 'mid']);
    expect(labels('driver')).toEqual(['bridge', 'zeta', 'mid', 'alpha']);
  });

  it('engines: the one in use first, then by name or by host; description fields follow the setting', () => {
    const ctx = (name: string, host: string, current = false): ContextInfo => ({
      name,
      host,
      skipTlsVerify: false,
      hasTls: false,
      current,
    });
    const contexts = [
      ctx('b', 'tcp://10.0.0.1:2375'),
      ctx('a', 'tcp://10.0.0.9:2375'),
      ctx('default', 'unix:///var/run/docker.sock', true),
    ];
    const names = (sortBy: 'name' | 'host') =>
      buildContextTree(contexts, { inUse: 'default', settings: { ...defaultSettings.engines, sortBy } }).map(
        (n) => n.label,
      );
    expect(names('name')).toEqual(['default', 'a', 'b']);
    expect(names('host')).toEqual(['default', 'b', 'a']);
    const terse = buildContextTree(contexts, {
      inUse: 'default',
      settings: { ...defaultSettings.engines, description: ['status'] },
      health: { state: 'connecting' },
    });
    expect(terse.map((n) => n.description)).toEqual(['this window · connecting…', '', '']);
  });

  it('engines: the text filter applies like in every other view', () => {
    const contexts: ContextInfo[] = [
      { name: 'default', host: 'unix:///var/run/docker.sock', skipTlsVerify: false, hasTls: false, current: true },
      { name: 'buildbox', host: 'ssh://ci@build', skipTlsVerify: false, hasTls: false, current: false },
    ];
    const data = { containers: [], images: [], volumes: [], networks: [], contexts };
    const o = { layout: defaultLayout(), workspaceFolders: [], nowMs: now, contextInUse: 'default' };
    expect(
      buildTree('engines', data, { ...o, state: { ...defaultViewState, filter: 'ssh' } }).map((n) => n.label),
    ).toEqual(['buildbox']);
    expect(
      buildTree('engines', data, { ...o, state: { ...defaultViewState, filter: 'nothing' } }).map((n) => n.label),
    ).toEqual(['No contexts match “nothing”']);
  });
});

describe("only this workspace's compose projects (unit)", () => {
  const mine = compose('shop', 'db', '/work/shop', {
    mounts: [{ type: 'volume', name: 'shop_pg', source: '', destination: '/var/lib/pg', rw: true, anonymous: false }],
    networks: { shop_default: { ipAddress: '10.2.0.2', networkId: 'ns' } },
  });
  const theirs = compose('blog', 'db', '/elsewhere/blog', {
    mounts: [{ type: 'volume', name: 'blog_pg', source: '', destination: '/var/lib/pg', rw: true, anonymous: false }],
  });
  const loose = container({
    name: 'loose',
    mounts: [{ type: 'volume', name: 'scratch', source: '', destination: '/s', rw: true, anonymous: false }],
  });
  const containers = [mine, theirs, loose];
  const folders = ['/work/shop'];

  it("volumes: the project's labelled volumes and the ones its containers use; nothing else", () => {
    const vols = [
      volume('shop_pg'),
      volume('shop_cache', { labels: { 'com.docker.compose.project': 'shop', 'com.docker.compose.volume': 'cache' } }),
      volume('blog_pg', { labels: { 'com.docker.compose.project': 'blog' } }),
      volume('scratch'),
    ];
    const labels = (onlyWorkspace: boolean) =>
      buildVolumeTree(vols, {
        settings: defaultSettings.volumes,
        state: { onlyWorkspace },
        workspaceFolders: folders,
        containers,
        nowMs: now,
      }).map((n) => n.label);
    expect(labels(false)).toEqual(['blog_pg', 'scratch', 'shop_cache', 'shop_pg']);
    expect(labels(true)).toEqual(['shop_cache', 'shop_pg']);
  });

  it("networks: the project's networks, never the built-in ones", () => {
    const nets = [
      network('bridge', 'nb'),
      network('shop_default', 'ns', {
        labels: { 'com.docker.compose.project': 'shop', 'com.docker.compose.network': 'default' },
      }),
      network('blog_default', 'nl', { labels: { 'com.docker.compose.project': 'blog' } }),
      network('mynet', 'nm'),
    ];
    const labels = (onlyWorkspace: boolean) =>
      buildNetworkTree(nets, {
        settings: defaultSettings.networks,
        containerSettings: defaultSettings.containers,
        state: { onlyWorkspace, showBuiltin: true },
        workspaceFolders: folders,
        containers,
        nowMs: now,
      }).map((n) => n.label);
    expect(labels(false)).toEqual(['bridge', 'blog_default', 'mynet', 'shop_default']);
    expect(labels(true)).toEqual(['shop_default']);
  });

  it('an empty result says why instead of looking like "no volumes"', () => {
    const data = { containers, images: [], volumes: [volume('scratch')], networks: [], contexts: [] };
    const tree = buildTree('volumes', data, {
      layout: defaultLayout(),
      state: { ...defaultViewState, onlyWorkspace: true },
      workspaceFolders: folders,
      nowMs: now,
    });
    expect(tree.map((n) => n.label)).toEqual(["No volumes from this workspace's compose projects"]);
  });

  it('an engine with nothing: empty Containers and Images trees (their welcome views show), a line elsewhere', () => {
    const data = { containers: [], images: [], volumes: [], networks: [], contexts: [] };
    const o = { layout: defaultLayout(), state: defaultViewState, workspaceFolders: folders, nowMs: now };
    expect(buildTree('containers', data, o)).toEqual([]);
    expect(buildTree('images', data, o)).toEqual([]);
    expect(buildTree('volumes', data, o).map((n) => n.label)).toEqual(['No volumes']);
    const filtered = { ...o, state: { ...defaultViewState, filter: 'web' } };
    expect(buildTree('containers', data, filtered).map((n) => n.label)).toEqual(['No containers match “web”']);
  });
});
