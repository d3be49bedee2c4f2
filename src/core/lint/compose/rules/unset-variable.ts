import { evaluate } from '../../../compose/interpolation';
import { defineRule, type ComposeContext } from '../context';
import { interpolations } from '../interpolations';
import { docsUrl } from '../../rule';

export const unsetVariable = defineRule({
  id: 'unset-variable',
  aliases: [],
  docs: {
    description: 'A variable used without a default is not set in the environment nor in `.env`.',
    url: docsUrl('unset-variable'),
  },
  severity: 'warning',
  messages: {
    unset: (name: string) =>
      `\`${name}\` is not set (environment or .env); it becomes an empty string — set it or write \`\${${name}:-default}\``,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const { node, item } of interpolations(ctx.model).vars) {
        if (item.op) continue;
        if (evaluate(item, ctx.project.env).missing)
          ctx.report({
            range: ctx.range({ node, sub: { index: item.start, length: item.end - item.start } }),
            message: unsetVariable.messages.unset(item.name),
          });
      }
    },
  }),
});
