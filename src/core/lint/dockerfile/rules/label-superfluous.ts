import { docsUrl } from '../../rule';
import { labelProps } from '../labels';
import { defineRule } from '../model';

export default defineRule({
  id: 'label-superfluous',
  aliases: ['DL3050'],
  severity: 'info',
  docs: {
    description: 'With strict-labels, labels outside the label schema are not allowed.',
    details:
      'With `strict-labels: true` and a `label-schema` in .hadolint.yaml, only the labels the schema lists are allowed, which keeps image metadata uniform across a team.\n\nBad (schema: `maintainer: text`, strict): `LABEL maintainer="Jane" team="web"`\n\nGood: `LABEL maintainer="Jane"`',
    url: docsUrl('label-superfluous'),
  },
  messages: { superfluous: (label: string) => `Superfluous label(s) present: ${label}` },
  create(ctx) {
    const { messages } = this;
    const schema = ctx.settings.labelSchema;
    return {
      LABEL(node) {
        if (!schema || !ctx.settings.strictLabels) return;
        for (const p of labelProps(node))
          if (!(p.getName() in schema))
            ctx.report({ range: p.getNameRange(), message: messages.superfluous(p.getName()) });
      },
    };
  },
});
