import { docsUrl } from '../../rule';
import { typedLabelCheck } from '../labels';
import { defineRule } from '../model';

import parseSpdx from 'spdx-expression-parse';
const valid = (v: string): boolean => {
  try {
    parseSpdx(v);
    return true;
  } catch {
    return false;
  }
};

const messages = { invalid: (label: string) => `Label \`${label}\` is not a valid SPDX license identifier.` };

export default defineRule({
  id: 'label-spdx',
  aliases: ['DL3054'],
  severity: 'warning',
  docs: {
    description: 'A schema label typed spdx is not a valid SPDX license expression.',
    details:
      'A label the schema types as `spdx` must hold an SPDX license expression, so scanners can read it. Only labels that `label-schema` in .hadolint.yaml declares with this type are checked; other labels are left alone.\n\nBad (schema: `license: spdx`): `LABEL license="Apache 2"`\n\nGood: `LABEL license="Apache-2.0"`',
    url: docsUrl('label-spdx'),
  },
  messages,
  create(ctx) {
    return typedLabelCheck(ctx.settings.labelSchema, 'spdx', valid, (p) =>
      ctx.report({ range: p.getValueRange() ?? p.getRange(), message: messages.invalid(p.getName()) }),
    );
  },
});
