import { defineRule, type ComposeContext } from '../context';
import { resources } from '../walk';
import { docsUrl } from '../../rule';

export const configSource = defineRule({
  id: 'config-source',
  aliases: [],
  docs: {
    description:
      'A top-level config needs exactly one of `file`, `environment` or `content`, unless it is `external` or has a `driver`.',
    url: docsUrl('config-source'),
  },
  severity: 'error',
  messages: {
    none: (name: string) =>
      `config \`${name}\` needs one of \`file\`, \`environment\` or \`content\` (or \`external: true\`)`,
    many: (name: string, keys: string[]) =>
      `config \`${name}\` sets ${keys.map((k) => `\`${k}\``).join(' and ')}; keep exactly one source`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const { decl, keys } of resources(ctx, 'config')) {
        // compose-go validation.checkFileObject: one source at most; none is fine with `external` or a `driver`
        const sources = ['file', 'environment', 'content'].filter((k) => keys.has(k));
        if (sources.length === 0 && (keys.has('external') || keys.has('driver'))) continue;
        const [, extra] = sources;
        const second = extra === undefined ? undefined : keys.get(extra);
        if (sources.length === 0)
          ctx.report({ range: ctx.range(decl.entry.keyNode), message: configSource.messages.none(decl.name) });
        else if (second)
          ctx.report({
            range: ctx.range(second.keyNode),
            message: configSource.messages.many(decl.name, sources),
          });
      }
    },
  }),
});
