import { naturalCompare } from './format';
import type { ContextInfo, EngineVersion } from '../engine/types';
import type { ContextNode } from './nodes';
import { contextTooltip } from './tooltips';

export interface ContextTreeOptions {
  /** the context this window uses (undefined when the endpoint came from a setting or DOCKER_HOST) */
  inUse?: string;
  /** the endpoint this window uses: marks the context with that host when no context name is known (DOCKER_HOST, default socket) */
  endpointHost?: string;
  /** version of the engine this window is connected to */
  version?: EngineVersion;
}

/** Every CLI context; the one this window uses is marked (context:current) and listed first. */
export function buildContextTree(contexts: readonly ContextInfo[], opts: ContextTreeOptions): ContextNode[] {
  const named = opts.inUse !== undefined && contexts.some((c) => c.name === opts.inUse);
  const used = (ctx: ContextInfo) => (named ? ctx.name === opts.inUse : opts.endpointHost !== undefined && ctx.host === opts.endpointHost);
  return [...contexts]
    .sort((a, b) => Number(used(b)) - Number(used(a)) || naturalCompare(a.name, b.name))
    .map((ctx) => {
      const inUse = used(ctx);
      const parts = [inUse ? 'this window' : '', ctx.host];
      if (ctx.current) parts.push('CLI current');
      if (inUse && opts.version) parts.push(`${opts.version.platform ?? 'Docker'} ${opts.version.version}`);
      return {
        kind: 'context', record: ctx, id: `context:${ctx.name}`, label: ctx.name, description: parts.filter(Boolean).join(' · '),
        tooltip: contextTooltip(ctx, inUse, inUse ? opts.version : undefined),
        icon: inUse ? { id: 'pass-filled', color: 'charts.green' } : { id: ctx.host.startsWith('ssh:') ? 'remote' : 'server-environment' },
        contextValue: inUse ? 'context:current' : 'context', collapsible: 'none',
      };
    });
}
