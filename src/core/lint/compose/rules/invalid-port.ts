import { defineRule, type ComposeContext } from '../context';
import { ports, services } from '../walk';
import { docsUrl } from '../../rule';

export const invalidPort = defineRule({
  id: 'invalid-port',
  aliases: [],
  docs: {
    description: 'Port mappings need valid ports (1-65535), ranges of equal size and a valid host IP.',
    url: docsUrl('invalid-port'),
  },
  severity: 'error',
  messages: { invalid: (detail: string) => detail },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const s of services(ctx)) {
        for (const p of ports(ctx, s)) {
          for (const problem of p.mapping.problems) {
            const at = p.long
              ? ((problem.message.includes('IP') ? p.hostIpNode : p.publishedNode) ?? p.node)
              : { node: p.node, sub: { index: problem.index, length: problem.length } };
            ctx.report({ range: ctx.range(at), message: invalidPort.messages.invalid(problem.message) });
          }
        }
      }
    },
  }),
});
