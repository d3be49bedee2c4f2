import { docsUrl } from '../../rule';
import { typedLabelCheck } from '../labels';
import { defineRule } from '../model';

const valid = (v: string): boolean => /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/.test(v);

const messages = { invalid: (label: string) => `Label \`${label}\` does not conform to semantic versioning.` };

export default defineRule({
  id: 'label-semver',
  aliases: ['DL3056'],
  severity: 'warning',
  docs: {
    description: 'A schema label typed semver does not conform to semantic versioning.',
    details: 'Applies to labels the label schema (.hadolint.yaml `label-schema`) types as `semver`.',
    url: docsUrl('label-semver'),
  },
  messages,
  create(ctx) {
    return typedLabelCheck(ctx.settings.labelSchema, 'semver', valid, (p) => ctx.report({ range: p.getValueRange() ?? p.getRange(), message: messages.invalid(p.getName()) }));
  },
});
