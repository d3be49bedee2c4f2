import { fmt } from '../../../compose/ports';
import { defineRule, type ComposeContext } from '../context';
import { composeDocsUrl } from '../docs';
import { ports, services } from '../walk';

export const portAllInterfaces = defineRule({
  id: 'port-all-interfaces',
  aliases: [],
  docs: {
    description: 'A published port without a host IP listens on every interface of the host.',
    url: composeDocsUrl('port-all-interfaces'),
  },
  severity: 'info',
  messages: {
    open: (port: string) =>
      `host port ${port} listens on all interfaces; prefix \`127.0.0.1:\` if only this machine should reach it`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const s of services(ctx)) {
        for (const p of ports(ctx, s)) {
          const r = p.mapping.published;
          if (!r || (p.mapping.hostIp && p.mapping.hostIp !== '0.0.0.0' && p.mapping.hostIp !== '::')) continue;
          const at = p.long
            ? (p.publishedNode ?? p.node)
            : { node: p.node, ...(p.mapping.publishedAt ? { sub: p.mapping.publishedAt } : {}) };
          ctx.report({ range: ctx.range(at), message: portAllInterfaces.messages.open(fmt(r)) });
        }
      }
    },
  }),
});
