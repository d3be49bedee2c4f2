import { defineRule, type ComposeContext } from '../context';
import { composeDocsUrl } from '../docs';

export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  aliases: [],
  docs: { description: 'The file must be valid YAML (one document).', url: composeDocsUrl('yaml-syntax') },
  severity: 'error',
  messages: { syntax: (detail: string) => `YAML: ${detail}` },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const p of ctx.model.parsed.problems)
        if (p.kind === 'syntax')
          ctx.report({ range: ctx.range(p.offset), message: yamlSyntax.messages.syntax(p.message) });
    },
  }),
});
