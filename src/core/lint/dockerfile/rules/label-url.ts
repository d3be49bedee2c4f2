import { docsUrl } from '../../rule';
import { typedLabelCheck } from '../labels';
import { defineRule } from '../model';

const valid = (v: string): boolean => { try { const u = new URL(v); return u.protocol !== '' && u.host !== ''; } catch { return false; } };

const messages = { invalid: (label: string) => `Label \`${label}\` is not a valid URL.` };

export default defineRule({
  id: 'label-url',
  aliases: ['DL3052'],
  severity: 'warning',
  docs: {
    description: 'A schema label typed url is not a valid URL.',
    details: 'Applies to labels the label schema (.hadolint.yaml `label-schema`) types as `url`.',
    url: docsUrl('label-url'),
  },
  messages,
  create(ctx) {
    return typedLabelCheck(ctx.settings.labelSchema, 'url', valid, (p) => ctx.report({ range: p.getValueRange() ?? p.getRange(), message: messages.invalid(p.getName()) }));
  },
});
