import { docsUrl } from '../../rule';
import { typedLabelCheck } from '../labels';
import { defineRule } from '../model';

const valid = (v: string): boolean => /^[0-9a-fA-F]{40}$|^[0-9a-fA-F]{7}$/.test(v);

const messages = { invalid: (label: string) => `Label \`${label}\` is not a valid git hash.` };

export default defineRule({
  id: 'label-git-hash',
  aliases: ['DL3055'],
  severity: 'warning',
  docs: {
    description: 'A schema label typed hash is not a git commit hash.',
    details: 'Applies to labels the label schema (.hadolint.yaml `label-schema`) types as `hash`.',
    url: docsUrl('label-git-hash'),
  },
  messages,
  create(ctx) {
    return typedLabelCheck(ctx.settings.labelSchema, 'hash', valid, (p) => ctx.report({ range: p.getValueRange() ?? p.getRange(), message: messages.invalid(p.getName()) }));
  },
});
