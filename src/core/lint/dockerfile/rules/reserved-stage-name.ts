import { docsUrl } from '../../rule';
import { defineRule } from '../model';

const RESERVED = ['scratch', 'context'];

export default defineRule({
  id: 'reserved-stage-name',
  aliases: ['DL3063', 'ReservedStageName'],
  severity: 'warning',
  docs: {
    description: "Stage names must not be reserved words ('scratch', 'context').",
    details:
      '`scratch` and `context` have fixed meanings in `FROM` and `--from`; a stage with such a name cannot be referenced as intended, and BuildKit warns.\n\nBad: `FROM alpine AS scratch`\n\nGood: `FROM alpine AS base`',
    url: docsUrl('reserved-stage-name'),
  },
  messages: { reserved: (name: string) => `Stage name should not use the same name as reserved stage '${name}'` },
  create(ctx) {
    const { messages } = this;
    return {
      FROM({ from }) {
        if (!from) return;
        const name = from.buildStage?.toLowerCase();
        const range = from.buildStageRange;
        if (name && range && RESERVED.includes(name)) ctx.report({ range, message: messages.reserved(name) });
      },
    };
  },
});
