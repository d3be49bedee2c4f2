import { str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { services, value } from '../walk';
import { docsUrl } from '../../rule';

export const scaleReplicasConflict = defineRule({
  id: 'scale-replicas-conflict',
  aliases: [],
  docs: {
    description: '`scale` and `deploy.replicas` may not disagree.',
    url: docsUrl('scale-replicas-conflict'),
  },
  severity: 'error',
  messages: {
    conflict: (scale: string, replicas: string) =>
      `\`scale: ${scale}\` contradicts \`deploy.replicas: ${replicas}\`; keep \`deploy.replicas\``,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const s of services(ctx)) {
        const scale = s.keys.get('scale');
        const replicas = value(ctx, s.decl.entry.value, 'deploy', 'replicas');
        const a = str(scale?.value);
        const b = str(replicas?.value);
        if (
          scale &&
          a !== undefined &&
          b !== undefined &&
          !a.includes('$') &&
          !b.includes('$') &&
          Number(a) !== Number(b)
        ) {
          ctx.report({ range: ctx.range(scale.keyNode), message: scaleReplicasConflict.messages.conflict(a, b) });
        }
      }
    },
  }),
});
