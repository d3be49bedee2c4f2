import { docsUrl } from '../../rule';
import { typedLabelCheck } from '../labels';
import { defineRule } from '../model';

const valid = (v: string): boolean =>
  /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/.test(v) && !Number.isNaN(Date.parse(v));

const messages = {
  invalid: (label: string) => `Label \`${label}\` is not a valid time format - must conform to RFC3339.`,
};

export default defineRule({
  id: 'label-rfc3339',
  aliases: ['DL3053'],
  severity: 'warning',
  docs: {
    description: 'A schema label typed rfc3339 is not an RFC 3339 timestamp.',
    details:
      'A label the schema types as `rfc3339` must hold an RFC 3339 timestamp, the format `org.opencontainers.image.created` uses. Only labels that `label-schema` in .hadolint.yaml declares with this type are checked; other labels are left alone.\n\nBad (schema: `created: rfc3339`): `LABEL created="yesterday"`\n\nGood: `LABEL created="2024-05-01T12:00:00Z"`',
    url: docsUrl('label-rfc3339'),
  },
  messages,
  create(ctx) {
    return typedLabelCheck(ctx.settings.labelSchema, 'rfc3339', valid, (p) =>
      ctx.report({ range: p.getValueRange() ?? p.getRange(), message: messages.invalid(p.getName()) }),
    );
  },
});
