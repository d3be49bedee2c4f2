import { defineRule, type ComposeContext } from '../context';
import { interpolations } from '../interpolations';
import { docsUrl } from '../../rule';

export const invalidInterpolation = defineRule({
  id: 'invalid-interpolation',
  aliases: [],
  docs: {
    description: 'A `${…}` that compose cannot read; write `$$` for a literal dollar sign.',
    url: docsUrl('invalid-interpolation'),
  },
  severity: 'error',
  messages: { invalid: (detail: string) => detail },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const { node, item } of interpolations(ctx.model).problems) {
        ctx.report({
          range: ctx.range({ node, sub: { index: item.start, length: item.end - item.start } }),
          message: invalidInterpolation.messages.invalid(item.message),
        });
      }
    },
  }),
});
