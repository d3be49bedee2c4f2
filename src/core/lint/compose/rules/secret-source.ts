import { defineRule, type ComposeContext } from '../context';
import { resources } from '../walk';
import { docsUrl } from '../../rule';

export const secretSource = defineRule({
  id: 'secret-source',
  aliases: [],
  docs: {
    description:
      'A top-level secret needs exactly one of `file` or `environment`, unless it is `external` or has a `driver`.',
    url: docsUrl('secret-source'),
  },
  severity: 'error',
  messages: {
    none: (name: string) => `secret \`${name}\` needs \`file\` or \`environment\` (or \`external: true\`)`,
    both: (name: string, keys: string[]) =>
      `secret \`${name}\` sets ${keys.map((k) => `\`${k}\``).join(' and ')}; keep one source`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const { decl, keys } of resources(ctx, 'secret')) {
        // compose-go validation.checkFileObject: one source at most; none is fine with `external` or a `driver`
        const sources = ['file', 'environment'].filter((k) => keys.has(k));
        if (sources.length === 0 && (keys.has('external') || keys.has('driver'))) continue;
        const [, extra] = sources;
        const second = extra === undefined ? undefined : keys.get(extra);
        if (sources.length === 0)
          ctx.report({ range: ctx.range(decl.entry.keyNode), message: secretSource.messages.none(decl.name) });
        else if (second)
          ctx.report({
            range: ctx.range(second.keyNode),
            message: secretSource.messages.both(decl.name, sources),
          });
      }
    },
  }),
});
