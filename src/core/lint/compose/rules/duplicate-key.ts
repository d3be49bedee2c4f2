import { analyze } from '../../../compose/analyze';
import { defineRule, type ComposeContext } from '../context';
import { docsUrl } from '../../rule';

export const duplicateKey = defineRule({
  id: 'duplicate-key',
  aliases: [],
  docs: {
    description: 'A key may appear only once in a mapping; compose refuses the file otherwise.',
    url: docsUrl('duplicate-key'),
  },
  severity: 'error',
  messages: { duplicate: (key: string) => `\`${key}\` is defined twice in this mapping` },
  create: (ctx: ComposeContext) => ({
    check() {
      const starts = new Set(
        ctx.model.parsed.problems.filter((p) => p.kind === 'duplicateKey').map((p) => p.offset[0]),
      );
      if (starts.size === 0) return;
      const keys = analyze(ctx.model.doc, starts).keyAt;
      for (const s of starts) {
        const key = keys.get(s);
        ctx.report({
          range: ctx.range(key ?? [s, s + 1]),
          message: duplicateKey.messages.duplicate(key ? String(key.value) : '?'),
        });
      }
    },
  }),
});
