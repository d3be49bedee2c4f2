import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'healthcheck-missing',
  aliases: ['DL3057'],
  severity: 'off',
  docs: {
    description: 'The final stage has no HEALTHCHECK (off by default).',
    details:
      'Without a HEALTHCHECK the engine only knows whether the process runs, not whether it answers; orchestrators and `docker ps` cannot tell a hung server from a healthy one. Off by default, since many images are checked from outside.\n\nBad:\n```dockerfile\nFROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n```\nGood: `HEALTHCHECK --interval=30s CMD wget -qO- http://localhost:8080/health || exit 1`',
    url: docsUrl('healthcheck-missing'),
  },
  messages: { missing: () => '`HEALTHCHECK` instruction missing.' },
  create(ctx) {
    const { messages } = this;
    const stagesWith = new Set<number>();
    return {
      HEALTHCHECK({ stage, onbuild }) {
        if (!onbuild && stage) stagesWith.add(stage.index);
      },
      end() {
        const last = ctx.stages.at(-1);
        if (!last) return;
        for (let s: typeof last | undefined = last; s; s = s.fromStage) if (stagesWith.has(s.index)) return;
        ctx.report({ range: last.from.getRange(), message: messages.missing() });
      },
    };
  },
});
