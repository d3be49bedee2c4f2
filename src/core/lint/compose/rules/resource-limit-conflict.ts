import { str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { mergedService, plain } from '../merged';
import { services, value } from '../walk';
import { docsUrl } from '../../rule';

const PAIRS = [
  { key: 'cpus', limit: 'cpus', parse: (s: string) => Number(s) },
  { key: 'mem_limit', limit: 'memory', parse: bytes },
  { key: 'pids_limit', limit: 'pids', parse: (s: string) => Number(s) },
] as const;

export const resourceLimitConflict = defineRule({
  id: 'resource-limit-conflict',
  aliases: [],
  docs: {
    description: '`cpus`, `mem_limit` and `pids_limit` may not contradict `deploy.resources.limits`.',
    url: docsUrl('resource-limit-conflict'),
  },
  severity: 'error',
  messages: {
    conflict: (key: string, a: string, limit: string, b: string) =>
      `\`${key}: ${a}\` contradicts \`deploy.resources.limits.${limit}: ${b}\`; set one of them`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const s of services(ctx)) {
        // compose-go checks the loaded project: with a base file, the merged service (one value may come from each)
        const merged = mergedService(ctx, s);
        const limits = (merged?.deploy as { resources?: { limits?: Record<string, unknown> } } | undefined)?.resources
          ?.limits;
        for (const p of PAIRS) {
          const a = s.keys.get(p.key);
          const b = value(ctx, s.decl.entry.value, 'deploy', 'resources', 'limits', p.limit);
          const av = merged ? plain(merged[p.key]) : str(a?.value);
          const bv = merged ? plain(limits?.[p.limit]) : str(b?.value);
          const at = a ?? b;
          if (!at || av === undefined || bv === undefined || av.includes('$') || bv.includes('$')) continue;
          const x = p.parse(av);
          const y = p.parse(bv);
          if (Number.isFinite(x) && Number.isFinite(y) && x !== y)
            ctx.report({
              range: ctx.range(at.keyNode),
              message: resourceLimitConflict.messages.conflict(p.key, av, p.limit, bv),
            });
        }
      }
    },
  }),
});

/** "512m", "1g", "1GiB", 1024 → bytes (NaN when unreadable). */
export function bytes(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmgtp]?)(i?b)?$/i.exec(s.trim());
  if (!m) return NaN;
  const unit = 'bkmgtp'.indexOf((m[2] || 'b').toLowerCase());
  return Math.round(Number(m[1]) * 1024 ** unit);
}
