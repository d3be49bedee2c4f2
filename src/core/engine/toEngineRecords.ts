// Engine-wide JSON → our records: version, info, disk usage, events. Pure and tolerant, as toRecords.ts.
import type { DiskUsage, EngineEvent, EngineInfo, EngineVersion } from './types';
import { arr, bool, labels, num, obj, optStr, realTags, str, stripSlash, strs } from './jsonFields';

export function toEngineVersion(v: unknown): EngineVersion {
  const o = obj(v);
  // Docker puts "Docker Engine - Community" in Platform.Name; Podman puts "linux/amd64/debian-12" there and names itself in Components
  const platformName = optStr(obj(o.Platform).Name);
  const component = arr(o.Components)
    .map((c) => str(obj(c).Name))
    .find((n) => /engine/i.test(n) && n !== 'Engine');
  const platform = component ?? (platformName && !platformName.includes('/') ? platformName : undefined);
  return {
    version: str(o.Version),
    apiVersion: str(o.ApiVersion),
    minApiVersion: optStr(o.MinAPIVersion),
    os: str(o.Os),
    arch: str(o.Arch),
    kernelVersion: optStr(o.KernelVersion),
    platform,
  };
}

export function toEngineInfo(v: unknown): EngineInfo {
  const o = obj(v);
  const secOpts = strs(o.SecurityOptions);
  return {
    name: str(o.Name),
    serverVersion: str(o.ServerVersion),
    os: str(o.OperatingSystem),
    osType: str(o.OSType),
    architecture: str(o.Architecture),
    ncpu: num(o.NCPU),
    memTotal: num(o.MemTotal),
    containers: num(o.Containers),
    containersRunning: num(o.ContainersRunning),
    containersPaused: num(o.ContainersPaused),
    containersStopped: num(o.ContainersStopped),
    images: num(o.Images),
    driver: str(o.Driver),
    rootless: secOpts.some((s) => s.includes('rootless')),
  };
}

export function toDiskUsage(v: unknown): DiskUsage {
  const o = obj(v);
  return {
    layersSize: num(o.LayersSize),
    images: arr(o.Images).map((x) => {
      const i = obj(x);
      return {
        id: str(i.Id),
        repoTags: realTags(i.RepoTags),
        size: num(i.Size),
        sharedSize: num(i.SharedSize, -1),
        containers: num(i.Containers, -1),
      };
    }),
    containers: arr(o.Containers).map((x) => {
      const c = obj(x);
      return {
        id: str(c.Id),
        name: stripSlash(strs(c.Names)[0] ?? ''),
        sizeRw: num(c.SizeRw),
        sizeRootFs: num(c.SizeRootFs),
        state: str(c.State),
      };
    }),
    volumes: arr(o.Volumes).map((x) => {
      const u = obj(obj(x).UsageData);
      return { name: str(obj(x).Name), size: num(u.Size, -1), refCount: num(u.RefCount, -1) };
    }),
    buildCache: arr(o.BuildCache).map((x) => {
      const b = obj(x);
      return {
        id: str(b.ID),
        type: str(b.Type),
        size: num(b.Size),
        inUse: bool(b.InUse),
        shared: bool(b.Shared),
        lastUsedAt: optStr(b.LastUsedAt),
      };
    }),
  };
}

/**
 * One /events message. Old engines send `status`/`id`/`from` instead of Action/Actor; Podman leaves Actor.ID
 * empty for volume events and names the volume in Attributes.name.
 */
export function toEngineEvent(v: unknown): EngineEvent {
  const e = obj(v);
  const actor = obj(e.Actor);
  const attributes = labels(actor.Attributes);
  const time = num(e.time);
  return {
    type: str(e.Type, 'container'),
    action: str(e.Action) || str(e.status),
    id: str(actor.ID) || str(e.id) || attributes.name || '',
    attributes,
    scope: optStr(e.scope),
    time,
    timeNano: num(e.timeNano, time * 1e9),
  };
}
