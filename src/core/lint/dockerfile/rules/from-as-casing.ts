import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'from-as-casing',
  aliases: ['FromAsCasing'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: "The 'AS' keyword should match the casing of 'FROM'.",
    details:
      "BuildKit expects `AS` in the same case as `FROM`, so a file reads consistently. The quick fix matches the keyword's case.\n\nBad: `FROM alpine as build`\n\nGood: `FROM alpine AS build` (or `from alpine as build`)",
    url: docsUrl('from-as-casing'),
  },
  messages: { mismatch: (as: string, from: string) => `'${as}' and '${from}' keywords' casing do not match` },
  create(ctx) {
    const { messages } = this;
    return {
      FROM({ inst, from: parts, args }) {
        if (!parts?.buildStage) return;
        const from = inst.getInstruction();
        const as = args.find((a) => a.getValue().toLowerCase() === 'as');
        if (!as) return;
        const upper = from === from.toUpperCase();
        const lower = from === from.toLowerCase();
        const want = upper ? 'AS' : lower ? 'as' : undefined;
        if (!want || as.getValue() === want) return;
        ctx.report({
          range: as.getRange(),
          message: messages.mismatch(as.getValue(), from),
          fix: { title: `Write '${want}'`, edits: [{ range: as.getRange(), newText: want }] },
        });
      },
    };
  },
});
