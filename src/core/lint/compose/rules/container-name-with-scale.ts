import { str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
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
        if (!name) continue;
        for (const e of [s.keys.get('scale'), value(ctx, s.decl.entry.value, 'deploy', 'replicas')]) {
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
