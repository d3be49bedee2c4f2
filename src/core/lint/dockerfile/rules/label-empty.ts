import { docsUrl } from '../../rule';
import { labelProps, unquoted } from '../labels';
import { defineRule } from '../model';

export default defineRule({
  id: 'label-empty',
  aliases: ['DL3051'],
  severity: 'warning',
  docs: {
    description: 'A label of the label schema is set to an empty value.',
    details: 'Bad (schema: maintainer): `LABEL maintainer=""`',
    url: docsUrl('label-empty'),
  },
  messages: { empty: (label: string) => `Label \`${label}\` is empty.` },
  create(ctx) {
    const { messages } = this;
    const schema = ctx.settings.labelSchema;
    return {
      LABEL(node) {
        if (!schema) return;
        for (const p of labelProps(node)) if (p.getName() in schema && unquoted(p).trim() === '') ctx.report({ range: p.getRange(), message: messages.empty(p.getName()) });
      },
    };
  },
});
