import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'duplicate-stage-name',
  aliases: ['DL3024', 'DuplicateStageName'],
  severity: 'error',
  docs: {
    description: 'Stage names (FROM … AS name) must be unique.',
    details:
      'Stage names are case-insensitive and must be unique; a second stage with the same name makes `--from` and `--target` ambiguous, and BuildKit warns.\n\nBad:\n```dockerfile\nFROM alpine AS build\nFROM debian AS Build\n```\nGood:\n```dockerfile\nFROM alpine AS build\nFROM debian AS package\n```',
    url: docsUrl('duplicate-stage-name'),
  },
  messages: { duplicate: (name: string) => `Duplicate stage name '${name}', stage names should be unique` },
  create(ctx) {
    const { messages } = this;
    const names = new Set<string>();
    return {
      FROM({ from, onbuild }) {
        if (onbuild || !from) return;
        const name = from.buildStage;
        const range = from.buildStageRange;
        if (!name || !range) return;
        if (names.has(name.toLowerCase())) ctx.report({ range, message: messages.duplicate(name) });
        names.add(name.toLowerCase());
      },
    };
  },
});
