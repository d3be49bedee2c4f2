import { docsUrl } from '../../rule';
import { labelProps, unquoted } from '../labels';
import { defineRule } from '../model';

export default defineRule({
  id: 'label-empty',
  aliases: ['DL3051'],
  severity: 'warning',
  docs: {
    description: 'A label of the label schema is set to an empty value.',
    details:
      'A label the schema declares must carry a value; an empty one is as good as missing and usually means a build argument was not passed. Only labels that `label-schema` in .hadolint.yaml declares with this type are checked; other labels are left alone.\n\nBad (schema: `maintainer: text`): `LABEL maintainer=""`\n\nGood: `LABEL maintainer="Jane <jane@example.com>"`',
    url: docsUrl('label-empty'),
  },
  messages: { empty: (label: string) => `Label \`${label}\` is empty.` },
  create(ctx) {
    const { messages } = this;
    const schema = ctx.settings.labelSchema;
    return {
      LABEL(node) {
        if (!schema) return;
        for (const p of labelProps(node))
          if (p.getName() in schema && unquoted(p).trim() === '')
            ctx.report({ range: p.getRange(), message: messages.empty(p.getName()) });
      },
    };
  },
});
