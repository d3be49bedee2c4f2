import { get, isMap, items, str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { services, value } from '../walk';
import { docsUrl } from '../../rule';

// compose-go: loader/validate.go ("target is required for non-rebuild actions": every action but `rebuild` and
// `restart` copies files into the container) and validation/validation.go checkPath (a watch `path` can't be blank).
const NO_TARGET = new Set(['rebuild', 'restart']);

export const watchTrigger = defineRule({
  id: 'watch-trigger',
  aliases: [],
  docs: {
    description:
      'A `develop.watch` rule needs a non-empty `path`, and a `target` unless its action is `rebuild` or `restart`.',
    url: docsUrl('watch-trigger'),
  },
  severity: 'error',
  messages: {
    target: (action: string) => `watch action \`${action}\` copies files into the container: it needs a \`target\``,
    blank: () => 'watch `path` cannot be blank',
  },
  create: (ctx: ComposeContext) => ({
    check() {
      const { doc } = ctx.model;
      for (const s of services(ctx))
        for (const t of items(doc, value(ctx, s.decl.entry.value, 'develop', 'watch')?.value)) {
          if (!isMap(t)) continue;
          const action = get(doc, t, 'action');
          const path = get(doc, t, 'path');
          const a = str(action?.value);
          if (path && str(path.value) === '')
            ctx.report({ range: ctx.range(path.value ?? path.keyNode), message: watchTrigger.messages.blank() });
          if (action && a && !a.includes('$') && !NO_TARGET.has(a) && !str(get(doc, t, 'target')?.value))
            ctx.report({ range: ctx.range(action.keyNode), message: watchTrigger.messages.target(a) });
        }
    },
  }),
});
