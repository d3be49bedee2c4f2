import { str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { mergedService } from '../merged';
import { services, value } from '../walk';
import { docsUrl } from '../../rule';

export const containerNameWithScale = defineRule({
  id: 'container-name-with-scale',
  aliases: [],
  docs: {
    description: 'A service with a fixed `container_name` cannot run more than one container.',
    url: docsUrl('container-name-with-scale'),
  },
  severity: 'error',
  messages: {
    scaled: (service: string, n: number) =>
      `service \`${service}\` has a fixed \`container_name\` but asks for ${n} containers; names must be unique`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const s of services(ctx)) {
        const name = s.keys.get('container_name');
        const counts = [s.keys.get('scale'), value(ctx, s.decl.entry.value, 'deploy', 'replicas')];
        const merged = mergedService(ctx, s);
        if (merged) {
          // with a base file, the merged service: the name may come from one file and the count from the other
          const deploy = merged.deploy as { replicas?: unknown } | undefined;
          const n = Math.max(...[merged.scale, deploy?.replicas].map((v) => Number(v)).filter(Number.isInteger), 1);
          const at = counts.find((e) => e !== undefined) ?? name;
          if (merged.container_name && n > 1 && at)
            ctx.report({
              range: ctx.range(at.value ?? at.keyNode),
              message: containerNameWithScale.messages.scaled(s.name, n),
            });
          continue;
        }
        if (!name) continue;
        for (const e of counts) {
          const n = Number(str(e?.value));
          if (e && Number.isInteger(n) && n > 1)
            ctx.report({
              range: ctx.range(e.value ?? e.keyNode),
              message: containerNameWithScale.messages.scaled(s.name, n),
            });
        }
      }
    },
  }),
});
