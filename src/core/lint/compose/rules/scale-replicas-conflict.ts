import { str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { mergedService, plain } from '../merged';
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
        let a = str(scale?.value);
        let b = str(replicas?.value);
        // compose-go checks the loaded project: with a base file, the merged service (one value may come from each)
        const merged = mergedService(ctx, s);
        if (merged) {
          a = plain(merged.scale);
          b = plain((merged.deploy as { replicas?: unknown } | undefined)?.replicas);
        }
        const at = scale ?? replicas;
        if (at && a !== undefined && b !== undefined && !a.includes('$') && !b.includes('$') && Number(a) !== Number(b))
          ctx.report({ range: ctx.range(at.keyNode), message: scaleReplicasConflict.messages.conflict(a, b) });
      }
    },
  }),
});
