// Markdown tooltips. Summary fields are shown at once; fields only an inspect knows (OOMKilled, restart
// count, arch/os) are added when the shell resolves the tooltip on hover.
import type {
  ContainerInspect,
  ContainerSummary,
  ContextInfo,
  EngineVersion,
  ImageInspect,
  ImageSummary,
  NetworkSummary,
  VolumeSummary,
} from '../engine/types';
import { absoluteTime, humanAge, humanSize, isoToUnix, md, mdCode, shortId } from './format';
import { exitCodeOf, publishedPorts } from './containerFacts';
import { statusNow } from './statusClock';

export interface TooltipOptions {
  nowMs?: number;
  publishHost?: string;
}

const line = (label: string, value: string) => `**${label}:** ${value}`;
const block = (lines: (string | false | undefined)[]) => lines.filter((l): l is string => !!l).join('  \n');
const section = (title: string, items: string[]) =>
  items.length ? `**${title}**\n\n${items.map((i) => `- ${i}`).join('\n')}` : '';
const when = (unix: number, nowMs?: number) =>
  unix ? `${absoluteTime(unix)} (${humanAge(unix, nowMs).toLowerCase()})` : 'unknown';

function labelsSection(labels: Record<string, string>): string {
  const keys = Object.keys(labels).sort();
  const shown = keys.slice(0, 20).map((k) => `${mdCode(k)} = ${mdCode(labels[k] ?? '')}`);
  if (keys.length > 20) shown.push(`… ${keys.length - 20} more`);
  return section('Labels', shown);
}

function linkHost(ip: string | undefined, publishHost: string | undefined): string {
  if (!ip || ip === '0.0.0.0' || ip === '::') return publishHost ?? 'localhost';
  return ip.includes(':') ? `[${ip}]` : ip;
}

/** "rw 100 kB (virtual 1.34 MB)": the writable layer, and the whole filesystem with the image (like `docker ps --size`). */
export function sizeText(size: { rw: number; rootFs: number }): string {
  return `rw ${humanSize(size.rw)} (virtual ${humanSize(size.rootFs)})`;
}

export function containerTooltip(c: ContainerSummary, inspect?: ContainerInspect, opts: TooltipOptions = {}): string {
  const exitCode =
    inspect && !inspect.state.running
      ? inspect.state.status === 'created'
        ? undefined
        : inspect.state.exitCode
      : exitCodeOf(c.status);
  const head = block([
    `### ${md(c.name)}`,
    line('Status', md(statusNow(c, opts.nowMs) || c.state)),
    line('ID', mdCode(c.id)),
    line('Image', `${mdCode(c.image)}${c.imageId ? ` (${mdCode(shortId(c.imageId))})` : ''}`),
    c.command && line('Command', mdCode(c.command)),
    line('Created', when(c.created, opts.nowMs)),
    c.composeProject &&
      line(
        'Compose',
        `project ${mdCode(c.composeProject)}${c.composeService ? `, service ${mdCode(c.composeService)}` : ''}`,
      ),
    c.health && line('Health', c.health),
    exitCode !== undefined && line('Exit code', String(exitCode)),
    inspect && inspect.state.oomKilled && line('OOMKilled', 'yes'),
    inspect && line('Restart count', String(inspect.restartCount)),
    inspect?.size && line('Size', sizeText(inspect.size)),
    inspect && inspect.state.error && line('Error', md(inspect.state.error)),
  ]);
  const ports = publishedPorts(c.ports).map((p) => {
    const target = `${p.privatePort}/${p.type}`;
    if (!p.publicPort) return `${target} (not published)`;
    const host = linkHost(p.ip, opts.publishHost);
    const url = `http://${host}:${p.publicPort}`;
    return `[${md(`${p.ip && p.ip !== '::' ? p.ip : '0.0.0.0'}:${p.publicPort}`)}](${url}) → ${target}`;
  });
  const mounts = c.mounts.map((m) => {
    const kind = m.type === 'volume' ? (m.anonymous ? 'anonymous volume' : 'volume') : m.type;
    const from =
      m.type === 'volume' ? (m.anonymous ? shortId(m.name ?? m.source) + '…' : (m.name ?? m.source)) : m.source;
    return `${kind} ${mdCode(from)} → ${mdCode(m.destination)}${m.rw ? '' : ' (read-only)'}`;
  });
  const networks = Object.entries(c.networks).map(
    ([name, n]) => `${mdCode(name)}${n.ipAddress ? ` ${n.ipAddress}` : ''}`,
  );
  return [
    head,
    section('Ports', ports),
    section('Mounts', mounts),
    section('Networks', networks),
    labelsSection(c.labels),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function imageTooltip(
  img: ImageSummary,
  usedBy: number,
  inspect?: ImageInspect,
  opts: TooltipOptions = {},
): string {
  const head = block([
    `### ${md(img.repoTags[0] ?? '<none>')}`,
    line('ID', mdCode(img.id)),
    line('Size', humanSize(img.size)),
    line('Created', when(img.created, opts.nowMs)),
    line('Used by', usedBy === 0 ? 'no containers' : usedBy === 1 ? '1 container' : `${usedBy} containers`),
    img.dangling && line('Dangling', 'yes (no tag)'),
    inspect && line('Platform', `${inspect.os}/${inspect.architecture}${inspect.variant ? `/${inspect.variant}` : ''}`),
  ]);
  return [
    head,
    section('Tags', img.repoTags.map(mdCode)),
    section('Digests', img.repoDigests.map(mdCode)),
    labelsSection(img.labels),
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function volumeTooltip(v: VolumeSummary, usedBy: readonly string[], opts: TooltipOptions = {}): string {
  const head = block([
    `### ${md(v.anonymous ? `${shortId(v.name)}… (anonymous)` : v.name)}`,
    v.anonymous && line('Name', mdCode(v.name)),
    line('Driver', md(v.driver)),
    line('Scope', md(v.scope)),
    line('Mountpoint', mdCode(v.mountpoint)),
    v.createdAt && line('Created', when(isoToUnix(v.createdAt), opts.nowMs)),
    line('In use by', usedBy.length ? usedBy.map(mdCode).join(', ') : 'unused'),
  ]);
  const options = Object.entries(v.options).map(([k, val]) => `${mdCode(k)} = ${mdCode(val)}`);
  return [head, section('Options', options), labelsSection(v.labels)].filter(Boolean).join('\n\n');
}

export function networkTooltip(
  n: NetworkSummary,
  attached: readonly { name: string; ip?: string }[],
  opts: TooltipOptions = {},
): string {
  const head = block([
    `### ${md(n.name)}${n.builtin ? ' (built-in)' : ''}`,
    line('ID', mdCode(n.id)),
    line('Driver', md(n.driver)),
    line('Scope', md(n.scope)),
    n.subnets.length > 0 &&
      line('Subnet', n.subnets.map((s) => `${s.subnet}${s.gateway ? ` (gateway ${s.gateway})` : ''}`).join(', ')),
    n.internal && line('Internal', 'yes'),
    n.ipv6 && line('IPv6', 'enabled'),
    n.created && line('Created', when(isoToUnix(n.created), opts.nowMs)),
  ]);
  const containers = attached.map((a) => `${mdCode(a.name)}${a.ip ? ` ${a.ip}` : ''}`);
  return [head, section('Containers', containers), labelsSection(n.labels)].filter(Boolean).join('\n\n');
}

export function contextTooltip(ctx: ContextInfo, inUse: boolean, version?: EngineVersion): string {
  return block([
    `### ${md(ctx.name)}${inUse ? ' (this window)' : ''}`,
    ctx.description && md(ctx.description),
    line('Host', mdCode(ctx.host)),
    ctx.hasTls &&
      line('TLS', ctx.skipTlsVerify ? 'yes — TLS not verified (the server certificate is not checked)' : 'yes'),
    ctx.current && line('Docker CLI', 'current context'),
    version &&
      line('Engine', `${md(version.platform ?? 'Docker Engine')} ${md(version.version)} (API ${version.apiVersion})`),
    version && line('OS/Arch', `${version.os}/${version.arch}`),
  ]);
}
