import { isScalar, items } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { services } from '../walk';
import { docsUrl } from '../../rule';

export const quotedPorts = defineRule({
  id: 'quoted-ports',
  aliases: ['require-quotes-in-ports'],
  docs: {
    description: 'Quote short port mappings: YAML 1.1 readers turn `22:22` into a number (base 60).',
    url: docsUrl('quoted-ports'),
  },
  severity: 'off',
  fixable: true,
  messages: { unquoted: (spec: string) => `quote the port mapping: "${spec}"` },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const s of services(ctx)) {
        for (const i of items(ctx.model.doc, s.keys.get('ports')?.value)) {
          if (!isScalar(i) || i.type !== 'PLAIN') continue;
          const spec = String(i.value);
          ctx.report({
            range: ctx.range(i),
            message: quotedPorts.messages.unquoted(spec),
            fix: { title: 'Quote the port mapping', edits: [{ range: ctx.range(i), newText: `"${spec}"` }] },
          });
        }
      }
    },
  }),
});
