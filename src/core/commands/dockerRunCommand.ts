// "Copy docker run command": the argv that recreates a container's settings from its inspect JSON.
import { quote } from 'shell-quote';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;

const defaultNetworks = new Set(['default', 'bridge', '']);

/**
 * Builds `docker run` argv from GET /containers/{id}/json. Settings equal to the image's defaults
 * (env, cmd, entrypoint, workdir, user, labels) are left out when `image` (GET /images/{id}/json) is given.
 */
export function dockerRunArgv(container: Raw, image?: Raw): string[] {
  const cfg = container?.Config ?? {};
  const host = container?.HostConfig ?? {};
  const imgCfg = image?.Config ?? {};
  const argv = ['docker', 'run', '--detach'];
  const name = String(container?.Name ?? '').replace(/^\//, '');
  if (name) argv.push('--name', name);
  if (cfg.Hostname && cfg.Hostname !== String(container?.Id ?? '').slice(0, 12)) argv.push('--hostname', cfg.Hostname);
  if (cfg.User && cfg.User !== (imgCfg.User ?? '')) argv.push('--user', cfg.User);
  if (cfg.WorkingDir && cfg.WorkingDir !== (imgCfg.WorkingDir ?? '')) argv.push('--workdir', cfg.WorkingDir);
  if (cfg.Tty) argv.push('--tty');
  if (cfg.OpenStdin) argv.push('--interactive');
  const imageEnv = new Set<string>(imgCfg.Env ?? []);
  for (const e of (cfg.Env ?? []) as string[]) if (!imageEnv.has(e)) argv.push('--env', e);
  const imageLabels = (imgCfg.Labels ?? {}) as Record<string, string>;
  for (const [k, v] of Object.entries((cfg.Labels ?? {}) as Record<string, string>))
    if (imageLabels[k] !== v) argv.push('--label', `${k}=${v}`);
  for (const [key, bindings] of Object.entries(
    (host.PortBindings ?? {}) as Record<string, { HostIp?: string; HostPort?: string }[] | null>,
  )) {
    const [port, proto] = key.split('/');
    const suffix = proto && proto !== 'tcp' ? `/${proto}` : '';
    for (const b of bindings ?? [{}]) {
      const ip = b.HostIp ? `${b.HostIp.includes(':') ? `[${b.HostIp}]` : b.HostIp}:` : '';
      argv.push(
        '--publish',
        b.HostPort ? `${ip}${b.HostPort}:${port}${suffix}` : ip ? `${ip}:${port}${suffix}` : `${port}${suffix}`,
      );
    }
  }
  for (const m of (container?.Mounts ?? []) as Raw[]) {
    const ro = m.RW === false ? ':ro' : '';
    if (m.Type === 'bind') argv.push('--volume', `${m.Source}:${m.Destination}${ro}`);
    else if (m.Type === 'volume')
      argv.push('--volume', isAnonymous(m.Name) ? m.Destination : `${m.Name}:${m.Destination}${ro}`);
    else if (m.Type === 'tmpfs') argv.push('--tmpfs', m.Destination);
  }
  const netMode = String(host.NetworkMode ?? '');
  if (!defaultNetworks.has(netMode))
    argv.push('--network', netMode, ...endpointFlags(container, netMode, '--network-alias'));
  const restart = host.RestartPolicy ?? {};
  if (restart.Name && restart.Name !== 'no')
    argv.push(
      '--restart',
      restart.Name === 'on-failure' && restart.MaximumRetryCount
        ? `on-failure:${restart.MaximumRetryCount}`
        : restart.Name,
    );
  if (host.AutoRemove) argv.push('--rm');
  if (host.Privileged) argv.push('--privileged');
  for (const c of (host.CapAdd ?? []) as string[]) argv.push('--cap-add', c);
  for (const c of (host.CapDrop ?? []) as string[]) argv.push('--cap-drop', c);
  if (host.Memory) argv.push('--memory', String(host.Memory));
  if (host.NanoCpus) argv.push('--cpus', String(host.NanoCpus / 1e9));
  const entry = (cfg.Entrypoint ?? []) as string[];
  const imageEntry = (imgCfg.Entrypoint ?? []) as string[];
  const entryChanged = image ? !sameArray(entry, imageEntry) : entry.length > 0;
  // an entrypoint emptied by `--entrypoint ""` shows up as null: say so, or the image's entrypoint comes back
  if (entryChanged) argv.push('--entrypoint', entry[0] ?? '');
  argv.push(String(cfg.Image ?? container?.Image ?? ''));
  const cmd = (cfg.Cmd ?? []) as string[];
  const extraEntry = entryChanged ? entry.slice(1) : [];
  if (extraEntry.length || !image || !sameArray(cmd, imgCfg.Cmd ?? []) || entryChanged)
    argv.push(...extraEntry, ...cmd);
  return argv;
}

/**
 * A network's aliases and static addresses, as `docker run` (`--network-alias`) or `docker network connect` (`--alias`)
 * takes them. The engine adds the container's short id to the aliases itself: left out.
 */
function endpointFlags(container: Raw, network: string, aliasFlag: '--network-alias' | '--alias'): string[] {
  const ep = container?.NetworkSettings?.Networks?.[network] ?? {};
  const shortId = String(container?.Id ?? '').slice(0, 12);
  const out: string[] = [];
  for (const a of (ep.Aliases ?? []) as string[]) if (a && a !== shortId) out.push(aliasFlag, a);
  if (ep.IPAMConfig?.IPv4Address) out.push('--ip', String(ep.IPAMConfig.IPv4Address));
  if (ep.IPAMConfig?.IPv6Address) out.push('--ip6', String(ep.IPAMConfig.IPv6Address));
  return out;
}

/** Networks the container is on besides HostConfig.NetworkMode (the one `--network` gives), in inspect order. */
function extraNetworks(container: Raw): string[] {
  const mode = String(container?.HostConfig?.NetworkMode ?? '');
  const primary = defaultNetworks.has(mode) ? 'bridge' : mode;
  if (/^(host|none|container:)/.test(primary)) return [];
  return Object.keys(container?.NetworkSettings?.Networks ?? {}).filter((n) => n !== primary);
}

/**
 * The commands that recreate the container. With several networks, `docker run` can attach only one
 * (before CLI 25 / API 1.44), so it becomes create, `docker network connect` for each other one, then start.
 */
export function dockerRunCommands(container: Raw, image?: Raw): string[][] {
  const run = dockerRunArgv(container, image);
  const extra = extraNetworks(container);
  if (!extra.length) return [run];
  const name = String(container?.Name ?? '').replace(/^\//, '') || String(container?.Id ?? '').slice(0, 12);
  const create = ['docker', 'create', ...run.slice(2).filter((a, i) => !(a === '--detach' && i === 0))];
  if (!create.includes('--name')) create.splice(2, 0, '--name', name);
  return [
    create,
    ...extra.map((n) => ['docker', 'network', 'connect', ...endpointFlags(container, n, '--alias'), n, name]),
    ['docker', 'start', name],
  ];
}

function isAnonymous(name: unknown): boolean {
  return typeof name === 'string' && /^[0-9a-f]{64}$/.test(name);
}

function sameArray(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** For display and the clipboard only (POSIX quoting); nothing here is ever run through a shell. */
export function quoteForDisplay(argv: string[]): string {
  return quote(argv);
}
