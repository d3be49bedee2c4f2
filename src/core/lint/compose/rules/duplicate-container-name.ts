import { str } from '../../../compose/yamlNodes';
import type { ComposeContext, ComposeRule } from '../context';
import { composeDocsUrl } from '../docs';
import { services } from '../walk';

export const duplicateContainerName = {
  id: 'duplicate-container-name',
  aliases: [],
  docs: { description: 'Two services with the same `container_name` cannot both be created.', url: composeDocsUrl('duplicate-container-name') },
  severity: 'warning',
  messages: { duplicate: (name: string, service: string) => `container_name \`${name}\` is already used by service \`${service}\`` },
  create: (ctx: ComposeContext) => ({
    check() {
      const seen = new Map<string, string>();
      for (const s of services(ctx)) {
        const e = s.keys.get('container_name');
        const name = str(e?.value);
        if (!e?.value || !name || name.includes('$')) continue;
        const prev = seen.get(name);
        if (prev) ctx.report(e.value, duplicateContainerName.messages.duplicate(name, prev));
        else seen.set(name, s.name);
      }
    },
  }),
} satisfies ComposeRule;
