import { docsUrl } from '../../rule';
import { labelProps } from '../labels';
import { defineRule } from '../model';

export default defineRule({
  id: 'label-missing',
  aliases: ['DL3049'],
  severity: 'info',
  docs: {
    description:
      'A label required by the label schema (label-schema in .hadolint.yaml) is missing from the final stage.',
    details:
      'With a `label-schema` in .hadolint.yaml, every label it lists must be set in the final stage (labels of the earlier stages it builds on count), so images carry the metadata your tooling expects.\n\nBad (schema: `maintainer: text`):\n```dockerfile\nFROM alpine:3.20\nCMD ["true"]\n```\nGood:\n```dockerfile\nFROM alpine:3.20\nLABEL maintainer="Jane <jane@example.com>"\nCMD ["true"]\n```',
    url: docsUrl('label-missing'),
  },
  messages: { missing: (label: string) => `Label \`${label}\` is missing.` },
  create(ctx) {
    const { messages } = this;
    const schema = ctx.settings.labelSchema;
    const byStage = new Map<number, Set<string>>();
    return {
      LABEL(node) {
        if (!schema || node.onbuild) return;
        const i = node.stage?.index ?? -1;
        const set = byStage.get(i) ?? new Set<string>();
        for (const p of labelProps(node)) set.add(p.getName());
        byStage.set(i, set);
      },
      end() {
        const last = ctx.stages.at(-1);
        if (!schema || !last) return;
        const have = new Set<string>();
        for (let s: typeof last | undefined = last; s; s = s.fromStage)
          for (const l of byStage.get(s.index) ?? []) have.add(l);
        for (const label of Object.keys(schema)) {
          if (!have.has(label)) ctx.report({ range: last.from.getRange(), message: messages.missing(label) });
        }
      },
    };
  },
});
