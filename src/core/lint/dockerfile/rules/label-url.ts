import { docsUrl } from '../../rule';
import { typedLabelCheck } from '../labels';
import { defineRule } from '../model';

const valid = (v: string): boolean => {
  try {
    const u = new URL(v);
    return u.protocol !== '' && u.host !== '';
  } catch {
    return false;
  }
};

const messages = { invalid: (label: string) => `Label \`${label}\` is not a valid URL.` };

export default defineRule({
  id: 'label-url',
  aliases: ['DL3052'],
  severity: 'warning',
  docs: {
    description: 'A schema label typed url is not a valid URL.',
    details:
      'A label the schema types as `url` must hold an absolute URL. Only labels that `label-schema` in .hadolint.yaml declares with this type are checked; other labels are left alone.\n\nBad (schema: `source: url`): `LABEL source="github.com/acme/app"`\n\nGood: `LABEL source="https://github.com/acme/app"`',
    url: docsUrl('label-url'),
  },
  messages,
  create(ctx) {
    return typedLabelCheck(ctx.settings.labelSchema, 'url', valid, (p) =>
      ctx.report({ range: p.getValueRange() ?? p.getRange(), message: messages.invalid(p.getName()) }),
    );
  },
});
