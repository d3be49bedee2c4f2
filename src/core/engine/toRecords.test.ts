import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as rec from './toRecords';
import * as engineRec from './toEngineRecords';

const fixture = (name: string): unknown =>
  JSON.parse(readFileSync(path.join(__dirname, '../../../test/fixtures/engine', `${name}.json`), 'utf8'));

describe('toRecords on recorded engine JSON (unit)', () => {
  it('container summary: names, ports, health, compose labels, mounts (named, bind, anonymous), networks', () => {
    const [c] = (fixture('containers') as unknown[]).map(rec.toContainerSummary);
    expect(c).toMatchObject({
      name: 'stv-engine-rec',
      image: 'stevedore-test/busybox:latest',
      state: 'running',
      health: 'healthy',
      command: 'sleep 300',
      composeProject: 'demo',
      composeService: 'web',
      ports: [{ privatePort: 8080, publicPort: 18081, ip: '127.0.0.1', type: 'tcp' }],
    });
    expect(c?.networks['stv-engine-rec-net']?.ipAddress).toMatch(/^10\.231\.0\./);
    const byDest = Object.fromEntries((c?.mounts ?? []).map((m) => [m.destination, m]));
    expect(byDest['/data']).toMatchObject({ type: 'volume', name: 'stv-engine-rec-vol', anonymous: false, rw: true });
    expect(byDest['/host']).toMatchObject({ type: 'bind', source: '/tmp', rw: false, anonymous: false });
    expect(byDest['/anon']).toMatchObject({ type: 'volume', anonymous: true });
  });

  it('container inspect: state, health, config, host config, raw kept', () => {
    const raw = fixture('container-inspect');
    const c = rec.toContainerInspect(raw);
    expect(c.name).toBe('stv-engine-rec');
    expect(c.state).toMatchObject({
      status: 'running',
      running: true,
      health: { status: 'healthy', failingStreak: 0 },
    });
    expect(c.config.cmd).toEqual(['sleep', '300']);
    expect(c.config.exposedPorts).toEqual(['8080/tcp']);
    expect(c.hostConfig.portBindings['8080/tcp']).toEqual([{ hostIp: '127.0.0.1', hostPort: '18081' }]);
    expect(c.hostConfig.restartPolicy.name).toBe('no');
    expect(c.raw).toBe(raw);
  });

  it('images: tags, dangling normalisation, inspect config', () => {
    const [img] = (fixture('images') as unknown[]).map(rec.toImageSummary);
    expect(img).toMatchObject({ repoTags: ['stevedore-test/busybox:latest'], dangling: false });
    const dangling = rec.toImageSummary({
      Id: 'sha256:1',
      RepoTags: ['<none>:<none>'],
      RepoDigests: ['<none>@<none>'],
    });
    expect(dangling).toMatchObject({ repoTags: [], repoDigests: [], dangling: true, containers: -1 });
    const ii = rec.toImageInspect(fixture('image-inspect'));
    expect(ii).toMatchObject({ os: 'linux', cmd: ['sh'], exposedPorts: ['8080/tcp'] });
  });

  it('volumes: named vs anonymous', () => {
    const vols = (fixture('volumes') as { Volumes: unknown[] }).Volumes.map(rec.toVolumeSummary);
    expect(vols.map((v) => [v.name.length > 20 ? 'hex' : v.name, v.anonymous])).toEqual([
      ['stv-engine-rec-vol', false],
      ['hex', true],
    ]);
    expect(vols[0]).toMatchObject({
      driver: 'local',
      scope: 'local',
      labels: { 'stevedore.test': 'engine' },
      options: {},
    });
  });

  it('networks: builtin flags, subnets, attached containers', () => {
    const nets = (fixture('networks') as unknown[]).map(rec.toNetworkSummary);
    expect(
      nets
        .filter((n) => n.builtin)
        .map((n) => n.name)
        .sort(),
    ).toEqual(['bridge', 'host', 'none']);
    const n = rec.toNetworkSummary(fixture('network-inspect'));
    expect(n).toMatchObject({
      name: 'stv-engine-rec-net',
      builtin: false,
      driver: 'bridge',
      subnets: [{ subnet: '10.231.0.0/24' }],
    });
    expect(n.containers[0]?.name).toBe('stv-engine-rec');
  });

  it('version, info, disk usage', () => {
    expect(engineRec.toEngineVersion(fixture('version'))).toMatchObject({
      apiVersion: '1.41',
      minApiVersion: '1.12',
      os: 'linux',
      arch: 'amd64',
    });
    expect(
      engineRec.toEngineVersion({ Platform: { Name: 'Docker Engine - Community' }, Components: [{ Name: 'Engine' }] })
        .platform,
    ).toBe('Docker Engine - Community');
    expect(
      engineRec.toEngineVersion({
        Platform: { Name: 'linux/amd64/debian-12' },
        Components: [{ Name: 'Podman Engine' }],
        Version: '4.3.1',
      }).platform,
    ).toBe('Podman Engine');
    expect(engineRec.toEngineVersion({ Platform: { Name: '' } }).platform).toBeUndefined();
    const info = engineRec.toEngineInfo(fixture('info'));
    expect(info.serverVersion).toMatch(/^20\.10/);
    expect(info.ncpu).toBeGreaterThan(0);
    const df = engineRec.toDiskUsage(fixture('df'));
    expect(df.layersSize).toBeGreaterThan(0);
    expect(df.images[0]?.repoTags).toEqual(['stevedore-test/busybox:latest']);
    expect(df.containers[0]?.name).toBe('stv-engine-rec');
    expect(df.volumes.map((v) => v.name)).toContain('stv-engine-rec-vol');
  });

  it('tolerates missing and wrongly typed fields', () => {
    for (const f of [
      rec.toContainerSummary,
      rec.toContainerInspect,
      rec.toImageSummary,
      rec.toImageInspect,
      rec.toVolumeSummary,
      rec.toNetworkSummary,
      engineRec.toEngineVersion,
      engineRec.toEngineInfo,
      engineRec.toDiskUsage,
      engineRec.toEngineEvent,
    ]) {
      expect(() => f(undefined)).not.toThrow();
      expect(() => f({ Names: 3, Labels: 'x', Mounts: {}, State: 7, Config: [], IPAM: null })).not.toThrow();
    }
    expect(rec.toContainerSummary({ Id: 'abcdef0123456789', State: 'weird' })).toMatchObject({
      name: 'abcdef012345',
      state: 'created',
      names: [],
    });
  });

  it('keeps only string label values, as the swarm records do (the engine never sends others)', () => {
    const Labels = { app: 'web', replicas: 3, nested: { a: 'b' }, none: null, flag: true };
    expect(rec.toContainerSummary({ Labels }).labels).toEqual({ app: 'web' });
    expect(rec.toVolumeSummary({ Name: 'v', Labels }).labels).toEqual({ app: 'web' });
    expect(engineRec.toEngineEvent({ Actor: { ID: 'x', Attributes: { name: 'c', exitCode: 0 } } }).attributes).toEqual({
      name: 'c',
    });
  });

  it('events: modern Action/Actor and the legacy status/id form', () => {
    expect(
      engineRec.toEngineEvent({
        Type: 'container',
        Action: 'start',
        Actor: { ID: 'c1', Attributes: { name: 'web' } },
        scope: 'local',
        time: 10,
        timeNano: 10000000001,
      }),
    ).toEqual({
      type: 'container',
      action: 'start',
      id: 'c1',
      attributes: { name: 'web' },
      scope: 'local',
      time: 10,
      timeNano: 10000000001,
    });
    expect(engineRec.toEngineEvent({ status: 'die', id: 'c2', from: 'img', time: 5 })).toMatchObject({
      type: 'container',
      action: 'die',
      id: 'c2',
      timeNano: 5e9,
    });
    expect(
      engineRec.toEngineEvent({ Type: 'volume', Action: 'create', Actor: { ID: '', Attributes: { name: 'v1' } } }),
    ).toMatchObject({ type: 'volume', id: 'v1' });
  });
});
