import { docsUrl } from '../../rule';
import { defineRule } from '../model';

/** `--from` values that name an image rather than a stage. */
export function looksLikeImage(v: string): boolean {
  return /[:/.@]/.test(v) || v.includes('$');
}

export default defineRule({
  id: 'copy-from-unknown-stage',
  aliases: ['DL3022'],
  severity: 'warning',
  docs: {
    description: 'COPY --from should reference a previously defined stage (FROM … AS name) or an image.',
    details:
      'A `--from` name that is neither a stage nor an image reference is pulled as an image called that name, which usually fails with a confusing pull error. Most often it is a typo of a stage name.\n\nBad:\n```dockerfile\nFROM alpine AS build\nFROM alpine\nCOPY --from=biuld /out /out\n```\nGood:\n```dockerfile\nFROM alpine AS build\nFROM alpine\nCOPY --from=build /out /out\n```',
    url: docsUrl('copy-from-unknown-stage'),
  },
  messages: {
    unknown: (name: string) =>
      `\`COPY --from\` should reference a previously defined \`FROM\` alias ('${name}' is not a stage)`,
  },
  create(ctx) {
    const { messages } = this;
    const firstIndex = new Map<string, number>();
    for (const s of ctx.stages) if (s.name && !firstIndex.has(s.name)) firstIndex.set(s.name, s.index);
    return {
      COPY({ fromFlag: flag, stage, onbuild }) {
        if (onbuild) return;
        const v = flag?.getValue();
        if (!flag || !v || looksLikeImage(v)) return;
        const current = stage?.index ?? -1;
        if (/^\d+$/.test(v) ? Number(v) < current : (firstIndex.get(v.toLowerCase()) ?? Infinity) < current) return;
        if (stage?.name === v.toLowerCase()) return; // copy-from-self
        ctx.report({ range: flag.getValueRange() ?? flag.getRange(), message: messages.unknown(v) });
      },
    };
  },
});
