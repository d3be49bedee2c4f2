import { docsUrl } from '../../rule';
import { typedLabelCheck } from '../labels';
import { defineRule } from '../model';

const valid = (v: string): boolean => /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/.test(v);

const messages = {
  invalid: (label: string) => `Label \`${label}\` is not a valid email format - must conform to RFC5322.`,
};

export default defineRule({
  id: 'label-email',
  aliases: ['DL3058'],
  severity: 'warning',
  docs: {
    description: 'A schema label typed email is not a valid email address.',
    details:
      'A label the schema types as `email` must hold an email address. Only labels that `label-schema` in .hadolint.yaml declares with this type are checked; other labels are left alone.\n\nBad (schema: `maintainer: email`): `LABEL maintainer="Jane"`\n\nGood: `LABEL maintainer="jane@example.com"`',
    url: docsUrl('label-email'),
  },
  messages,
  create(ctx) {
    return typedLabelCheck(ctx.settings.labelSchema, 'email', valid, (p) =>
      ctx.report({ range: p.getValueRange() ?? p.getRange(), message: messages.invalid(p.getName()) }),
    );
  },
});
