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
    details:
      'A label the schema types as `hash` must hold a git commit hash. Only labels that `label-schema` in .hadolint.yaml declares with this type are checked; other labels are left alone.\n\nBad (schema: `revision: hash`): `LABEL revision=main`\n\nGood: `LABEL revision=8f3c2a1d9b7e4f6a0c5d2e1b3a4f6c7d8e9f0a1b`',
    url: docsUrl('label-git-hash'),
  },
  messages,
  create(ctx) {
    return typedLabelCheck(ctx.settings.labelSchema, 'hash', valid, (p) =>
      ctx.report({ range: p.getValueRange() ?? p.getRange(), message: messages.invalid(p.getName()) }),
    );
  },
});
