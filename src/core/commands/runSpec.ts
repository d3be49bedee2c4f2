// "Run…"/"Create…": parse the answers of the quick flow into a RunSpec, with the image's EXPOSE as defaults.
import type { PortSpec, RestartPolicy, RunSpec, VolumeSpec } from '../engine/actionsTypes';
import { restartPolicies } from '../engine/actionsTypes';
import { parse } from 'shell-quote';
import { publishedDefault } from '../messages/published';

/** What the flow asks, as the user typed it (persisted per image, so plain strings). */
export interface RunAnswers {
  name: string;
  /** "8080:80", "80", "127.0.0.1:8080:80/udp", separated by commas or spaces */
  ports: string;
  /** one KEY=VALUE per entry */
  env: string[];
  /** "name:/data", "/host/dir:/app:ro", "/data" (anonymous) */
  volumes: string[];
  network: string;
  restart: RestartPolicy;
  autoRemove: boolean;
  interactive: boolean;
  /** overrides the image CMD when not empty, typed as on a shell line ("sh -c 'sleep 60'") */
  command?: string;
  /** overrides the image ENTRYPOINT when not empty */
  entrypoint?: string;
}

/** Container names the engine accepts: [a-zA-Z0-9][a-zA-Z0-9_.-]*. */
export const containerNamePattern = /^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/;

export function validateContainerName(name: string): string | undefined {
  if (!name) return undefined;
  return containerNamePattern.test(name)
    ? undefined
    : `"${name}" is not a valid container name: start with a letter or digit, then only letters, digits, "_", "." or "-".`;
}

/** "8080:80/tcp", "80", "127.0.0.1:8080:80", "[::1]:8080:80", "127.0.0.1::80" → PortSpec; throws a readable Error. */
export function parsePort(text: string): PortSpec {
  const bad = () => new Error(`"${text}" is not a port mapping (try 8080:80, 80 or 127.0.0.1:8080:80/udp)`);
  const m = /^(.+?)(?:\/(tcp|udp|sctp))?$/.exec(text.trim());
  if (!m?.[1]) throw bad();
  let rest = m[1];
  let hostIp: string | undefined;
  const v6 = /^\[([0-9a-fA-F:.]+)\]:(.*)$/.exec(rest);
  if (v6) {
    hostIp = v6[1];
    rest = v6[2] ?? '';
  }
  const parts = rest.split(':');
  if (!v6 && parts.length === 3) hostIp = parts.shift();
  if (parts.length > 2 || (v6 && parts.length !== 2)) throw bad();
  const [hostText, containerText] = parts.length === 2 ? parts : [undefined, parts[0]];
  if (!/^\d+$/.test(containerText ?? '') || (hostText && !/^\d+$/.test(hostText))) throw bad();
  const containerPort = Number(containerText);
  const hostPort = hostText ? Number(hostText) : undefined;
  for (const p of [containerPort, hostPort]) {
    if (p !== undefined && (p < 1 || p > 65535)) throw new Error(`port ${p} in "${text}" is out of range 1-65535`);
  }
  return { containerPort, hostPort, hostIp: hostIp || undefined, protocol: (m[2] as PortSpec['protocol']) ?? 'tcp' };
}

export function parsePorts(text: string): PortSpec[] {
  return text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(parsePort);
}

export function formatPort(p: PortSpec): string {
  const proto = p.protocol === 'tcp' ? '' : `/${p.protocol}`;
  const ip = p.hostIp ? `${p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp}:` : '';
  const host = p.hostPort === undefined ? (ip ? `${ip}:` : '') : `${ip}${p.hostPort}:`;
  return `${host}${p.containerPort}${proto}`;
}

export function parseEnv(entry: string): string {
  const eq = entry.indexOf('=');
  if (eq <= 0) throw new Error(`"${entry}" is not KEY=VALUE`);
  return entry;
}

/** "name:/data[:ro]", "/abs:/target[:ro]", "./rel:/t" (relative to `base`), "/data" → VolumeSpec. */
export function parseVolume(text: string, base?: string): VolumeSpec {
  const parts = text.split(':');
  const ro = parts.length > 1 && (parts[parts.length - 1] === 'ro' || parts[parts.length - 1] === 'rw');
  const readOnly = ro && parts[parts.length - 1] === 'ro';
  const core = ro ? parts.slice(0, -1) : parts;
  const [first = '', second] = core;
  if (core.length === 1) {
    if (!first.startsWith('/')) throw new Error(`"${text}" needs an absolute container path (e.g. /data)`);
    return { kind: 'anonymous', target: first };
  }
  if (core.length !== 2 || !second?.startsWith('/')) throw new Error(`"${text}" is not source:/container/path[:ro]`);
  const source = first;
  const target = second;
  if (source.startsWith('/') || source.startsWith('.') || source.startsWith('~')) {
    const abs = source.startsWith('.') && base ? `${base.replace(/\/$/, '')}/${source.replace(/^\.\/?/, '')}` : source;
    return { kind: 'bind', source: abs.replace(/\/$/, '') || '/', target, readOnly };
  }
  return { kind: 'named', name: source, target, readOnly };
}

/** A command typed as on a shell line → argv; pipes, redirects and variables are refused (no shell runs it). */
export function parseArgv(text: string): string[] {
  const argv: string[] = [];
  for (const part of parse(text, (name) => `$${name}`)) {
    if (typeof part !== 'string')
      throw new Error(
        `"${text}" uses shell syntax (${'op' in part ? part.op : 'a comment'}); no shell runs it — write sh -c '…' to get one`,
      );
    argv.push(part);
  }
  return argv;
}

/**
 * Defaults for an image: EXPOSEd ports pre-filled as host:container on the same number (EXPOSE alone publishes
 * nothing), on `publishAddress` when given ("127.0.0.1": this machine only).
 */
export function defaultAnswers(exposedPorts: string[], publishAddress?: string): RunAnswers {
  const ports = exposedPorts
    .map((p) => /^(\d+)(?:\/(tcp|udp|sctp))?$/.exec(p))
    .filter((m): m is RegExpExecArray => !!m)
    .map((m) => publishedDefault(`${m[1]}:${m[1]}${m[2] && m[2] !== 'tcp' ? `/${m[2]}` : ''}`, publishAddress));
  return {
    name: '',
    ports: ports.join(', '),
    env: [],
    volumes: [],
    network: '',
    restart: 'no',
    autoRemove: false,
    interactive: false,
  };
}

/** Stored answers may come from an older version: keep only well-formed fields. */
export function sanitizeAnswers(stored: unknown, fallback: RunAnswers): RunAnswers {
  const s = (stored ?? {}) as Partial<RunAnswers>;
  const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined);
  return {
    name: typeof s.name === 'string' ? s.name : fallback.name,
    ports: typeof s.ports === 'string' ? s.ports : fallback.ports,
    env: strs(s.env) ?? fallback.env,
    volumes: strs(s.volumes) ?? fallback.volumes,
    network: typeof s.network === 'string' ? s.network : fallback.network,
    restart: restartPolicies.includes(s.restart as RestartPolicy) ? (s.restart as RestartPolicy) : fallback.restart,
    autoRemove: typeof s.autoRemove === 'boolean' ? s.autoRemove : fallback.autoRemove,
    interactive: typeof s.interactive === 'boolean' ? s.interactive : fallback.interactive,
    command: typeof s.command === 'string' ? s.command : fallback.command,
    entrypoint: typeof s.entrypoint === 'string' ? s.entrypoint : fallback.entrypoint,
  };
}

/** Answers → RunSpec. `--rm` with a restart policy is refused by the engine, so it is reported here first. */
export function runSpecFromAnswers(
  image: string,
  a: RunAnswers,
  opts: { workspaceFolder?: string; labels?: Record<string, string> } = {},
): RunSpec {
  const nameError = validateContainerName(a.name);
  if (nameError) throw new Error(nameError);
  if (a.autoRemove && a.restart !== 'no')
    throw new Error(`--rm cannot be combined with the restart policy "${a.restart}"`);
  return {
    image,
    name: a.name || undefined,
    ports: parsePorts(a.ports),
    env: a.env.filter(Boolean).map(parseEnv),
    volumes: a.volumes.filter(Boolean).map((v) => parseVolume(v, opts.workspaceFolder)),
    network: a.network || undefined,
    restart: a.restart,
    autoRemove: a.autoRemove,
    tty: a.interactive,
    interactive: a.interactive,
    labels: opts.labels,
    cmd: a.command?.trim() ? parseArgv(a.command) : undefined,
    entrypoint: a.entrypoint?.trim() ? parseArgv(a.entrypoint) : undefined,
  };
}
