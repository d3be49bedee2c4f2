import { docsUrl } from '../../rule';
import { typedLabelCheck } from '../labels';
import { defineRule } from '../model';

import parseSpdx from 'spdx-expression-parse';
const valid = (v: string): boolean => { try { parseSpdx(v); return true; } catch { return false; } };

const messages = { invalid: (label: string) => `Label \`${label}\` is not a valid SPDX license identifier.` };

export default defineRule({
  id: 'label-spdx',
  aliases: ['DL3054'],
  severity: 'warning',
  docs: {
    description: 'A schema label typed spdx is not a valid SPDX license expression.',
    details: 'Applies to labels the label schema (.hadolint.yaml `label-schema`) types as `spdx`.',
    url: docsUrl('label-spdx'),
  },
  messages,
  create(ctx) {
    return typedLabelCheck(ctx.settings.labelSchema, 'spdx', valid, (p) => ctx.report({ range: p.getValueRange() ?? p.getRange(), message: messages.invalid(p.getName()) }));
  },
});
