import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'stage-name-casing',
  aliases: ['StageNameCasing'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'Stage names should be lowercase.',
    details:
      'BuildKit lowercases stage names, so `AS Builder` and `--from=builder` are the same stage; writing them lowercase avoids confusion.\n\nBad: `FROM alpine AS BuilderBase`\n\nGood: `FROM alpine AS builder-base`',
    url: docsUrl('stage-name-casing'),
  },
  messages: { upper: (name: string) => `Stage name '${name}' should be lowercase` },
  create(ctx) {
    const { messages } = this;
    return {
      FROM({ from }) {
        if (!from) return;
        const name = from.buildStage;
        const range = from.buildStageRange;
        if (!name || !range || name === name.toLowerCase()) return;
        ctx.report({
          range,
          message: messages.upper(name),
          fix: { title: `Rename stage to '${name.toLowerCase()}'`, edits: [{ range, newText: name.toLowerCase() }] },
        });
      },
    };
  },
});
