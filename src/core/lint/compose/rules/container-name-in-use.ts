import { str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { withDeadline } from '../facts';
import { services } from '../walk';
import { docsUrl } from '../../rule';

export const containerNameInUse = defineRule({
  id: 'container-name-in-use',
  aliases: [],
  docs: {
    description: 'A `container_name` already taken by a container outside this project makes `up` fail.',
    url: docsUrl('container-name-in-use'),
  },
  severity: 'warning',
  tags: ['engine'],
  messages: {
    inUse: (name: string, project?: string) =>
      `a container named \`${name}\` already exists${project ? ` (project \`${project}\`)` : ' outside compose'}; \`up\` will fail with a name conflict`,
  },
  create: (ctx: ComposeContext) => ({
    async engine() {
      const facts = ctx.facts;
      const containerNamed = facts?.containerNamed?.bind(facts);
      if (!containerNamed) return;
      await Promise.all(
        services(ctx).map(async (s) => {
          const e = s.keys.get('container_name');
          const name = str(e?.value);
          if (!e?.value || !name || name.includes('$')) return;
          const c = await withDeadline(containerNamed(name));
          if (c && (!c.project || c.project !== ctx.project.name))
            ctx.report({ range: ctx.range(e.value), message: containerNameInUse.messages.inUse(name, c.project) });
        }),
      );
    },
  }),
});
