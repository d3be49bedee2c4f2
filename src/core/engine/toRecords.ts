// Engine JSON → our records. Pure and tolerant: any field may be missing (older APIs, Podman).
import type {
  ContainerInspect,
  ContainerState,
  ContainerSummary,
  HealthState,
  ImageInspect,
  ImageSummary,
  MountSummary,
  NetworkSummary,
  PortBinding,
  VolumeSummary,
} from './types';

import { arr, bool, labels, num, obj, optStr, realDigests, realTags, str, stripSlash, strs } from './jsonFields';

const ANONYMOUS = /^[0-9a-f]{64}$/;
export const isAnonymousVolumeName = (name: string): boolean => ANONYMOUS.test(name);

const STATES: readonly ContainerState[] = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'];
function containerState(v: unknown): ContainerState {
  const s = str(v).toLowerCase();
  if ((STATES as readonly string[]).includes(s)) return s as ContainerState;
  if (s === 'stopped' || s === 'configured') return s === 'stopped' ? 'exited' : 'created';
  return 'created';
}

function healthFromStatus(status: string): HealthState {
  if (!status.includes('health')) return undefined;
  if (/\(health: starting\)/.test(status)) return 'starting';
  if (/\(healthy\)/.test(status)) return 'healthy';
  if (/\(unhealthy\)/.test(status)) return 'unhealthy';
  return undefined;
}

function mount(v: unknown): MountSummary {
  const m = obj(v);
  const name = optStr(m.Name);
  const type = str(m.Type, 'volume');
  return {
    type,
    name,
    source: str(m.Source),
    destination: str(m.Destination),
    rw: m.RW === undefined ? true : bool(m.RW),
    anonymous: type === 'volume' && name !== undefined && isAnonymousVolumeName(name),
  };
}

function port(v: unknown): PortBinding {
  const p = obj(v);
  return {
    privatePort: num(p.PrivatePort),
    publicPort: typeof p.PublicPort === 'number' ? p.PublicPort : undefined,
    ip: optStr(p.IP),
    type: str(p.Type, 'tcp'),
  };
}

function networksOf(v: unknown): Record<string, { ipAddress?: string; networkId?: string; aliases?: string[] }> {
  const out: Record<string, { ipAddress?: string; networkId?: string; aliases?: string[] }> = {};
  for (const [name, n] of Object.entries(obj(v))) {
    const o = obj(n);
    const aliases = strs(o.Aliases);
    out[name] = {
      ipAddress: optStr(o.IPAddress),
      networkId: optStr(o.NetworkID),
      ...(aliases.length ? { aliases } : {}),
    };
  }
  return out;
}

export function toContainerSummary(v: unknown): ContainerSummary {
  const c = obj(v);
  const names = strs(c.Names).map(stripSlash);
  const status = str(c.Status);
  const lab = labels(c.Labels);
  return {
    id: str(c.Id),
    name: names[0] ?? str(c.Id).slice(0, 12),
    names,
    image: str(c.Image),
    imageId: str(c.ImageID),
    command: str(c.Command),
    created: num(c.Created),
    state: containerState(c.State),
    status,
    health: healthFromStatus(status),
    ports: arr(c.Ports).map(port),
    labels: lab,
    mounts: arr(c.Mounts).map(mount),
    networks: networksOf(obj(c.NetworkSettings).Networks),
    composeProject: lab['com.docker.compose.project'],
    composeService: lab['com.docker.compose.service'],
  };
}

export function toContainerInspect(v: unknown): ContainerInspect {
  const c = obj(v);
  const st = obj(c.State);
  const cfg = obj(c.Config);
  const hc = obj(c.HostConfig);
  const health = obj(st.Health);
  const rp = obj(hc.RestartPolicy);
  const portBindings: Record<string, { hostIp: string; hostPort: string }[]> = {};
  for (const [k, list] of Object.entries(obj(hc.PortBindings))) {
    portBindings[k] = arr(list).map((b) => ({ hostIp: str(obj(b).HostIp), hostPort: str(obj(b).HostPort) }));
  }
  return {
    id: str(c.Id),
    name: stripSlash(str(c.Name)),
    image: str(cfg.Image),
    imageId: str(c.Image),
    created: str(c.Created),
    state: {
      status: containerState(st.Status),
      running: bool(st.Running),
      paused: bool(st.Paused),
      restarting: bool(st.Restarting),
      oomKilled: bool(st.OOMKilled),
      dead: bool(st.Dead),
      pid: num(st.Pid),
      exitCode: num(st.ExitCode),
      error: str(st.Error),
      startedAt: str(st.StartedAt),
      finishedAt: str(st.FinishedAt),
      ...(st.Health ? { health: { status: str(health.Status), failingStreak: num(health.FailingStreak) } } : {}),
    },
    restartCount: num(c.RestartCount),
    path: str(c.Path),
    args: strs(c.Args),
    config: {
      hostname: str(cfg.Hostname),
      user: str(cfg.User),
      env: strs(cfg.Env),
      cmd: strs(cfg.Cmd),
      entrypoint: strs(cfg.Entrypoint),
      workingDir: str(cfg.WorkingDir),
      labels: labels(cfg.Labels),
      exposedPorts: Object.keys(obj(cfg.ExposedPorts)),
      tty: bool(cfg.Tty),
      openStdin: bool(cfg.OpenStdin),
    },
    hostConfig: {
      autoRemove: bool(hc.AutoRemove),
      restartPolicy: { name: str(rp.Name, 'no') || 'no', maximumRetryCount: num(rp.MaximumRetryCount) },
      networkMode: str(hc.NetworkMode),
      portBindings,
      binds: strs(hc.Binds),
      privileged: bool(hc.Privileged),
    },
    mounts: arr(c.Mounts).map(mount),
    networks: networksOf(obj(c.NetworkSettings).Networks),
    ...(c.SizeRw !== undefined || c.SizeRootFs !== undefined
      ? { size: { rw: num(c.SizeRw), rootFs: num(c.SizeRootFs) } }
      : {}),
    raw: v,
  };
}

export function toImageSummary(v: unknown): ImageSummary {
  const i = obj(v);
  const repoTags = realTags(i.RepoTags);
  return {
    id: str(i.Id),
    repoTags,
    repoDigests: realDigests(i.RepoDigests),
    parentId: str(i.ParentId),
    created: num(i.Created),
    size: num(i.Size),
    containers: num(i.Containers, -1),
    labels: labels(i.Labels),
    dangling: repoTags.length === 0,
  };
}

export function toImageInspect(v: unknown): ImageInspect {
  const i = obj(v);
  const cfg = obj(i.Config);
  return {
    id: str(i.Id),
    repoTags: realTags(i.RepoTags),
    repoDigests: realDigests(i.RepoDigests),
    created: str(i.Created),
    size: num(i.Size),
    architecture: str(i.Architecture),
    os: str(i.Os),
    variant: optStr(i.Variant),
    exposedPorts: Object.keys(obj(cfg.ExposedPorts)),
    env: strs(cfg.Env),
    cmd: strs(cfg.Cmd),
    entrypoint: strs(cfg.Entrypoint),
    workingDir: str(cfg.WorkingDir),
    user: str(cfg.User),
    labels: labels(cfg.Labels),
    volumes: Object.keys(obj(cfg.Volumes)),
    raw: v,
  };
}

export function toVolumeSummary(v: unknown): VolumeSummary {
  const o = obj(v);
  const name = str(o.Name);
  return {
    name,
    driver: str(o.Driver, 'local'),
    mountpoint: str(o.Mountpoint),
    createdAt: optStr(o.CreatedAt),
    labels: labels(o.Labels),
    scope: str(o.Scope, 'local'),
    options: labels(o.Options),
    anonymous: isAnonymousVolumeName(name) || 'com.docker.volume.anonymous' in obj(o.Labels),
  };
}

const BUILTIN_NETWORKS = new Set(['bridge', 'host', 'none', 'podman']);

export function toNetworkSummary(v: unknown): NetworkSummary {
  const n = obj(v);
  const name = str(n.Name);
  const containers = Object.entries(obj(n.Containers)).map(([id, c]) => {
    const o = obj(c);
    return { id, name: str(o.Name), ipv4: optStr(o.IPv4Address), ipv6: optStr(o.IPv6Address) };
  });
  return {
    id: str(n.Id),
    name,
    driver: str(n.Driver),
    scope: str(n.Scope, 'local'),
    internal: bool(n.Internal),
    attachable: bool(n.Attachable),
    ipv6: bool(n.EnableIPv6),
    created: str(n.Created),
    subnets: arr(obj(n.IPAM).Config)
      .map((c) => ({ subnet: str(obj(c).Subnet), gateway: optStr(obj(c).Gateway) }))
      .filter((s) => s.subnet !== ''),
    labels: labels(n.Labels),
    containers,
    builtin: BUILTIN_NETWORKS.has(name) || (name === 'ingress' && bool(n.Ingress)),
  };
}
