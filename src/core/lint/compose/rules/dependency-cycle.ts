import type { Node } from 'yaml';
import { defineRule, type ComposeContext } from '../context';
import { docsUrl } from '../../rule';

export const dependencyCycle = defineRule({
  id: 'dependency-cycle',
  aliases: [],
  docs: {
    description:
      'Services may not depend on each other in a circle (`depends_on`, `links`, `volumes_from`, `network_mode: service:`, `extends`).',
    url: docsUrl('dependency-cycle'),
  },
  severity: 'error',
  messages: { cycle: (path: string[]) => `dependency cycle: ${path.join(' → ')}` },
  create: (ctx: ComposeContext) => ({
    check() {
      const edges = new Map<string, { to: string; node: Node }[]>();
      for (const r of ctx.model.refs) {
        if (r.kind !== 'service') continue;
        const list = edges.get(r.service) ?? [];
        list.push({ to: r.name, node: r.node });
        edges.set(r.service, list);
      }
      const state = new Map<string, 'active' | 'done'>();
      const stack: string[] = [];
      const reported = new Set<string>();
      const visit = (s: string): void => {
        state.set(s, 'active');
        stack.push(s);
        for (const e of edges.get(s) ?? []) {
          if (state.get(e.to) === 'active') {
            const cycle = [...stack.slice(stack.indexOf(e.to)), e.to];
            const key = [...cycle.slice(0, -1)].sort().join(',');
            if (!reported.has(key)) {
              reported.add(key);
              ctx.report({ range: ctx.range(e.node), message: dependencyCycle.messages.cycle(cycle) });
            }
          } else if (!state.has(e.to) && edges.has(e.to)) visit(e.to);
        }
        stack.pop();
        state.set(s, 'done');
      };
      for (const d of ctx.model.decls.service) if (!state.has(d.name)) visit(d.name);
    },
  }),
});
