import { get, isMap, items, str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { services } from '../walk';
import { docsUrl } from '../../rule';

// compose-go paths/resolve.go: `invalid mount config for type "bind": field Source must not be empty`.
export const bindWithoutSource = defineRule({
  id: 'bind-without-source',
  aliases: [],
  docs: {
    description: 'A `type: bind` mount in long syntax needs a non-empty `source` (the host path to mount).',
    url: docsUrl('bind-without-source'),
  },
  severity: 'error',
  messages: {
    missing: (target: string) => `bind mount on \`${target}\` has no \`source\`: name the host path to mount`,
    empty: (target: string) => `bind mount on \`${target}\` has an empty \`source\`: name the host path to mount`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      const { doc } = ctx.model;
      for (const s of services(ctx))
        for (const v of items(doc, s.keys.get('volumes')?.value)) {
          const type = isMap(v) ? get(doc, v, 'type') : undefined;
          if (!isMap(v) || !type || str(type.value) !== 'bind') continue;
          const target = str(get(doc, v, 'target')?.value) ?? '?';
          const source = get(doc, v, 'source');
          if (!source)
            ctx.report({
              range: ctx.range(type.keyNode),
              message: bindWithoutSource.messages.missing(target),
            });
          else if (str(source.value) === '' || source.value === undefined || str(source.value) === undefined)
            ctx.report({ range: ctx.range(source.keyNode), message: bindWithoutSource.messages.empty(target) });
        }
    },
  }),
});
