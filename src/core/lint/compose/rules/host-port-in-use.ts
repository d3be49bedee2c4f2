import { ipsCollide } from '../../../compose/ports';
import { defineRule, type ComposeContext } from '../context';
import { withDeadline } from '../facts';
import { ports, services } from '../walk';
import { docsUrl } from '../../rule';

const MAX_PORTS_PER_RANGE = 32;

export const hostPortInUse = defineRule({
  id: 'host-port-in-use',
  aliases: [],
  docs: {
    description:
      'A host port already published by a running container of another project cannot be bound again on the same (or a wildcard) host IP.',
    url: docsUrl('host-port-in-use'),
  },
  severity: 'warning',
  tags: ['engine'],
  messages: {
    inUse: (port: number, container: string, project?: string, hostIp?: string) =>
      `host port ${hostIp && hostIp !== '0.0.0.0' && hostIp !== '::' ? `${hostIp.includes(':') ? `[${hostIp}]` : hostIp}:` : ''}${port} is already published by container \`${container}\`${project ? ` (project \`${project}\`)` : ''}`,
  },
  create: (ctx: ComposeContext) => ({
    async engine() {
      const facts = ctx.facts;
      if (!facts?.portPublishedBy) return;
      const jobs: Promise<void>[] = [];
      for (const s of services(ctx)) {
        for (const p of ports(ctx, s)) {
          const r = p.mapping.published;
          if (!r || r.start === 0) continue;
          const at = p.long
            ? (p.publishedNode ?? p.node)
            : { node: p.node, ...(p.mapping.publishedAt ? { sub: p.mapping.publishedAt } : {}) };
          for (let port = r.start; port <= Math.min(r.end, r.start + MAX_PORTS_PER_RANGE - 1); port++) {
            jobs.push(
              withDeadline(facts.portPublishedBy(port, p.mapping.protocol)).then((users) => {
                const other = users?.find(
                  (u) => (!u.project || u.project !== ctx.project.name) && ipsCollide(u.hostIp, p.mapping.hostIp),
                );
                if (other)
                  ctx.report({
                    range: ctx.range(at),
                    message: hostPortInUse.messages.inUse(port, other.container, other.project, other.hostIp),
                  });
              }),
            );
          }
        }
      }
      await Promise.all(jobs);
    },
  }),
});
