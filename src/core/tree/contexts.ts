import { naturalCompare, md } from './format';
import type { ContextInfo, EngineHealth, EngineVersion } from '../engine/types';
import type { ContextNode, NodeIcon } from './nodes';
import { defaultSettings, type EngineSettings } from './settings';
import { contextTooltip } from './tooltips';
import { TLS_NOT_VERIFIED } from '../engine/describe';

export interface ContextTreeOptions {
  /** description fields and order (default: host, CLI current, status; by name) */
  settings?: EngineSettings;
  /** the context this window uses (undefined when the endpoint came from a setting or DOCKER_HOST) */
  inUse?: string;
  /** the endpoint this window uses: marks the context with that host when no context name is known (DOCKER_HOST, default socket) */
  endpointHost?: string;
  /** version of the engine this window is connected to (when health is not given) */
  version?: EngineVersion;
  /** health of this window's engine: the entry in use shows it; the others stay neutral (nobody asked their engines) */
  health?: EngineHealth;
}

const neutral = (ctx: ContextInfo): NodeIcon => ({ id: ctx.host.startsWith('ssh:') ? 'remote' : 'server-environment' });

/** Icon, status text and tooltip line of the entry this window uses, from its engine's health. */
function inUseState(opts: ContextTreeOptions): {
  icon: NodeIcon;
  status?: string;
  tooltip?: string;
  version?: EngineVersion;
} {
  const h = opts.health ?? (opts.version ? { state: 'connected' as const, version: opts.version } : undefined);
  switch (h?.state) {
    case 'connected':
      return {
        icon: { id: 'pass-filled', color: 'charts.green' },
        status: `${h.version.platform ?? 'Docker'} ${h.version.version}`,
        version: h.version,
      };
    case 'unreachable':
      return {
        icon: { id: 'error', color: 'errorForeground' },
        status: `unreachable: ${h.reason}`,
        tooltip: `**Engine:** not answering (${md(h.reason)})`,
      };
    case 'connecting':
      return { icon: { id: 'loading~spin' }, status: 'connecting…' };
    default:
      return { icon: { id: 'circle-large-outline' } };
  }
}

/** Every CLI context; the one this window uses is marked (context:current), listed first, and shows its engine's health. */
export function buildContextTree(contexts: readonly ContextInfo[], opts: ContextTreeOptions): ContextNode[] {
  const named = opts.inUse !== undefined && contexts.some((c) => c.name === opts.inUse);
  const used = (ctx: ContextInfo) =>
    named ? ctx.name === opts.inUse : opts.endpointHost !== undefined && ctx.host === opts.endpointHost;
  const state = inUseState(opts);
  const settings = opts.settings ?? defaultSettings.engines;
  const byHost = settings.sortBy === 'host';
  return [...contexts]
    .sort(
      (a, b) =>
        Number(used(b)) - Number(used(a)) ||
        (byHost ? naturalCompare(a.host, b.host) : 0) ||
        naturalCompare(a.name, b.name),
    )
    .map((ctx) => {
      const inUse = used(ctx);
      const parts = [inUse ? 'this window' : ''];
      for (const field of settings.description) {
        if (field === 'host') parts.push(ctx.host);
        else if (field === 'cliCurrent' && ctx.current) parts.push('CLI current');
        else if (field === 'status' && inUse && state.status) parts.push(state.status);
      }
      // never hidden by the description settings: the connection's identity is not checked
      if (ctx.hasTls && ctx.skipTlsVerify) parts.push(TLS_NOT_VERIFIED);
      const tooltip = contextTooltip(ctx, inUse, inUse ? state.version : undefined);
      return {
        kind: 'context',
        record: ctx,
        id: `context:${ctx.name}`,
        label: ctx.name,
        description: parts.filter(Boolean).join(' · '),
        tooltip: inUse && state.tooltip ? `${tooltip}  \n${state.tooltip}` : tooltip,
        icon: inUse ? state.icon : neutral(ctx),
        contextValue: inUse ? 'context:current' : 'context',
        collapsible: 'none',
      };
    });
}
