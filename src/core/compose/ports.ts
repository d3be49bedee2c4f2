// Port mappings, short ("127.0.0.1:8080-8081:80-81/udp", "[::1]:53:53") and long ({published, target, host_ip}).
import type * as Net from 'node:net';
import { resolveKnown, type Env } from './interpolation';
import { splitOutside } from './splitOutside';

// net.isIP is several times slower than this for the common dotted-quad case, and node:net is loaded only for
// what this does not match (IPv6): loading it is ~5 ms of a short `stevedore lint` run
const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const isIP = (s: string): number => (require('node:net') as typeof Net).isIP(s);

export interface PortRange {
  start: number;
  end: number;
}

export interface PortMapping {
  hostIp?: string;
  published?: PortRange;
  target?: PortRange;
  protocol: string;
  /** what is wrong, with the slice of the spec at fault */
  problems: { message: string; index: number; length: number }[];
  /** where the published part sits in the spec (short syntax) */
  publishedAt?: { index: number; length: number };
  hostIpAt?: { index: number; length: number };
}

/**
 * Parse a short port spec. Variables are resolved first, as compose does, with `env` (shell, `.env`, defaults);
 * a part whose value cannot be known here is left unchecked. Problem offsets always point into the raw spec.
 */
export function parsePortSpec(spec: string, env?: Env): PortMapping {
  const problems: PortMapping['problems'] = [];
  let rest = spec;
  let protocol = 'tcp';
  const bySlash = splitOutside(spec, '/');
  const raw = bySlash.length > 1 ? bySlash.at(-1) : undefined;
  if (raw) {
    rest = spec.slice(0, raw.index - 1);
    const value = resolveKnown(raw.text, env);
    if (value !== undefined) {
      protocol = value.toLowerCase();
      if (protocol !== 'tcp' && protocol !== 'udp' && protocol !== 'sctp')
        problems.push({
          message: `unknown protocol \`${value}\` (tcp, udp or sctp)`,
          index: raw.index,
          length: raw.text.length,
        });
    }
  }
  let hostIp: string | undefined;
  let hostIpAt: PortMapping['hostIpAt'];
  let offset = 0;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close !== -1) {
      const raw = rest.slice(1, close);
      hostIp = resolveKnown(raw, env) ?? raw;
      hostIpAt = { index: 1, length: raw.length };
      offset = close + 2;
      rest = rest.slice(close + 2);
    }
  }
  const parts = splitOutside(rest, ':').map((p) => p.text);
  const first = hostIp === undefined && parts.length === 3 ? parts.shift() : undefined;
  if (first !== undefined) {
    const raw = first;
    hostIpAt = { index: 0, length: raw.length };
    offset = raw.length + 1;
    // an unknown variable stays as written: it collides only with the same text or a wildcard
    hostIp = (resolveKnown(raw, env) ?? raw).replace(/^\[(.*)\]$/, '$1');
  } else if (parts.length > 2 || (hostIp !== undefined && parts.length !== 2)) {
    problems.push({
      message: `\`${spec}\` is not a port mapping ([HOST_IP:][HOST_PORT:]CONTAINER_PORT[/PROTOCOL])`,
      index: 0,
      length: spec.length,
    });
    return { protocol, problems };
  }
  // hostIpAt is set with hostIp
  if (
    hostIpAt &&
    hostIp !== undefined &&
    hostIp !== '' &&
    !hostIp.includes('$') &&
    !IPV4.test(hostIp) &&
    !isIP(hostIp)
  ) {
    problems.push({ message: `\`${hostIp}\` is not an IP address`, index: hostIpAt.index, length: hostIpAt.length });
  }
  const out: PortMapping = { protocol, problems };
  if (hostIp) {
    out.hostIp = hostIp;
    if (hostIpAt) out.hostIpAt = hostIpAt;
  }
  const [pub] = parts;
  if (parts.length === 2 && pub !== undefined) {
    out.publishedAt = { index: offset, length: pub.length };
    const value = resolveKnown(pub, env);
    if (pub !== '' && value !== '' && value !== undefined) out.published = range(pub, value, offset, problems, true);
    offset += pub.length + 1;
  }
  const target = parts.at(-1) ?? '';
  const targetValue = resolveKnown(target, env);
  if (targetValue !== undefined) out.target = range(target, targetValue, offset, problems, false);
  const { publishedAt } = out;
  if (
    out.published &&
    publishedAt &&
    out.target &&
    out.target.end > out.target.start &&
    out.published.end - out.published.start !== out.target.end - out.target.start &&
    out.published.end !== out.published.start
  ) {
    problems.push({
      message: `host range ${fmt(out.published)} and container range ${fmt(out.target)} are not the same size`,
      index: publishedAt.index,
      length: publishedAt.length,
    });
  }
  return out;
}

function range(
  raw: string,
  s: string,
  index: number,
  problems: PortMapping['problems'],
  published: boolean,
): PortRange | undefined {
  const shown = raw === s ? `\`${s}\`` : `\`${raw}\` (\`${s}\`)`;
  const m = /^(\d+)(?:-(\d+))?$/.exec(s);
  if (!m) {
    problems.push({
      message: `${shown} is not a ${published ? 'host ' : ''}port or port range`,
      index,
      length: raw.length,
    });
    return undefined;
  }
  const start = Number(m[1]);
  const end = m[2] !== undefined ? Number(m[2]) : start;
  if (start > 65535 || end > 65535 || (!published && start === 0))
    problems.push({
      message: `port ${raw === s ? s : `${raw} (${s})`} is out of range (1-65535)`,
      index,
      length: raw.length,
    });
  else if (end < start) problems.push({ message: `port range ${s} ends before it starts`, index, length: raw.length });
  else return { start, end };
  return undefined;
}

export function fmt(r: PortRange): string {
  return r.start === r.end ? String(r.start) : `${r.start}-${r.end}`;
}

export function overlaps(a: PortRange, b: PortRange): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/** Two host IPs collide when equal or when either is unset / a wildcard. */
export function ipsCollide(a: string | undefined, b: string | undefined): boolean {
  const wild = (x: string | undefined) => !x || x === '0.0.0.0' || x === '::';
  return wild(a) || wild(b) || a === b;
}
