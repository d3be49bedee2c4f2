import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'expose-proto-casing',
  aliases: ['ExposeProtoCasing'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'Protocols in EXPOSE should be lowercase.',
    details:
      'The protocol of an exposed port is written in lowercase (`tcp`, `udp`, `sctp`). BuildKit warns on other casings; the quick fix lowercases it.\n\nBad: `EXPOSE 53/UDP`\n\nGood: `EXPOSE 53/udp`',
    url: docsUrl('expose-proto-casing'),
  },
  messages: { casing: (port: string) => `Defined protocol '${port}' in EXPOSE instruction should be lowercase` },
  create(ctx) {
    const { messages } = this;
    return {
      EXPOSE({ args }) {
        for (const a of args) {
          const v = a.getValue();
          const slash = v.indexOf('/');
          if (slash < 0 || v.includes('$') || v.slice(slash) === v.slice(slash).toLowerCase()) continue;
          const r = a.getRange();
          if (r.start.line !== r.end.line) continue;
          const fixed = v.slice(0, slash) + v.slice(slash).toLowerCase();
          ctx.report({
            range: r,
            message: messages.casing(v),
            fix: { title: `Write '${fixed}'`, edits: [{ range: r, newText: fixed }] },
          });
        }
      },
    };
  },
});
