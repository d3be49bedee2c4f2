import { evaluate } from '../../../compose/interpolation';
import { defineRule, type ComposeContext } from '../context';
import { interpolations } from '../interpolations';
import { docsUrl } from '../../rule';

export const requiredVariable = defineRule({
  id: 'required-variable',
  aliases: [],
  docs: {
    description: '`${VAR:?message}` / `${VAR?message}`: compose stops when the variable is missing.',
    url: docsUrl('required-variable'),
  },
  severity: 'error',
  messages: { required: (name: string, err: string) => `\`${name}\` is required but not set${err ? `: ${err}` : ''}` },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const { node, item } of interpolations(ctx.model).vars) {
        if (item.op !== ':?' && item.op !== '?') continue;
        if (evaluate(item, ctx.project.env).missing)
          ctx.report({
            range: ctx.range({ node, sub: { index: item.start, length: item.end - item.start } }),
            message: requiredVariable.messages.required(item.name, item.arg ?? ''),
          });
      }
    },
  }),
});
