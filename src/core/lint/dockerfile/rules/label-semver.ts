import { docsUrl } from '../../rule';
import { typedLabelCheck } from '../labels';
import { defineRule } from '../model';

const valid = (v: string): boolean =>
  /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/.test(
    v,
  );

const messages = { invalid: (label: string) => `Label \`${label}\` does not conform to semantic versioning.` };

export default defineRule({
  id: 'label-semver',
  aliases: ['DL3056'],
  severity: 'warning',
  docs: {
    description: 'A schema label typed semver does not conform to semantic versioning.',
    details:
      'A label the schema types as `semver` must hold a semantic version. Only labels that `label-schema` in .hadolint.yaml declares with this type are checked; other labels are left alone.\n\nBad (schema: `version: semver`): `LABEL version="v1"`\n\nGood: `LABEL version="1.4.2"`',
    url: docsUrl('label-semver'),
  },
  messages,
  create(ctx) {
    return typedLabelCheck(ctx.settings.labelSchema, 'semver', valid, (p) =>
      ctx.report({ range: p.getValueRange() ?? p.getRange(), message: messages.invalid(p.getName()) }),
    );
  },
});
