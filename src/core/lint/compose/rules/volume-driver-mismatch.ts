import { str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { withDeadline } from '../facts';
import { resources } from '../walk';
import { docsUrl } from '../../rule';

export const volumeDriverMismatch = defineRule({
  id: 'volume-driver-mismatch',
  aliases: [],
  docs: {
    description: 'A named volume that already exists with another driver is not recreated: compose refuses it.',
    url: docsUrl('volume-driver-mismatch'),
  },
  severity: 'warning',
  tags: ['engine'],
  messages: {
    mismatch: (name: string, has: string, wants: string) =>
      `volume \`${name}\` exists on the engine with driver \`${has}\`, not \`${wants}\`; remove it or change the driver`,
  },
  create: (ctx: ComposeContext) => ({
    async engine() {
      const facts = ctx.facts;
      const volume = facts?.volume?.bind(facts);
      if (!volume) return;
      await Promise.all(
        resources(ctx, 'volume').map(async ({ decl, keys }) => {
          if (keys.has('external')) return;
          const wants = str(keys.get('driver')?.value) ?? 'local';
          const explicit = str(keys.get('name')?.value);
          const name = explicit ?? (ctx.project.name ? `${ctx.project.name}_${decl.name}` : undefined);
          if (!name || name.includes('$') || wants.includes('$')) return;
          const v = await withDeadline(volume(name));
          if (v && v.driver !== wants)
            ctx.report({
              range: ctx.range(keys.get('driver')?.keyNode ?? decl.entry.keyNode),
              message: volumeDriverMismatch.messages.mismatch(name, v.driver, wants),
            });
        }),
      );
    },
  }),
});
