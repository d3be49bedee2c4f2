import { mayRunTogether } from '../../../compose/model';
import { str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { services } from '../walk';
import { docsUrl } from '../../rule';

export const duplicateContainerName = defineRule({
  id: 'duplicate-container-name',
  aliases: [],
  docs: {
    description:
      'Two services with the same `container_name` cannot both be created (services in disjoint profiles are alternatives and may share one).',
    url: docsUrl('duplicate-container-name'),
  },
  // compose refuses the project (compose-go CheckContainerNameUnicity, run by `up` and `create`)
  severity: 'error',
  messages: {
    duplicate: (name: string, service: string) =>
      `container_name \`${name}\` is already used by service \`${service}\``,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      const seen = new Map<string, { service: string; profiles: string[] }[]>();
      for (const s of services(ctx)) {
        const e = s.keys.get('container_name');
        const name = str(e?.value);
        if (!e?.value || !name || name.includes('$')) continue;
        const prev = seen.get(name) ?? [];
        const clash = prev.find((o) => mayRunTogether(o.profiles, s.profiles));
        if (clash)
          ctx.report({
            range: ctx.range(e.value),
            message: duplicateContainerName.messages.duplicate(name, clash.service),
          });
        else seen.set(name, [...prev, { service: s.name, profiles: s.profiles }]);
      }
    },
  }),
});
