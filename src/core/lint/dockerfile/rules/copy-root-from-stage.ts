import { docsUrl } from '../../rule';
import { defineRule } from '../model';

const unquote = (s: string) => s.replace(/^(["'])(.*)\1$/, '$2');

export default defineRule({
  id: 'copy-root-from-stage',
  aliases: ['DL3067'],
  severity: 'warning',
  docs: {
    description: 'Do not copy the whole filesystem of another stage or image onto `/`.',
    details:
      '`COPY --from=<stage> / /` lays every file of the other image over this one: its package database, `/etc`, caches and all, undoing what multi-stage builds are for. Copy the directories the application needs.\n\nBad: `COPY --from=build / /`\n\nGood: `COPY --from=build /app /app`',
    url: docsUrl('copy-root-from-stage'),
  },
  messages: { root: () => 'Do not copy an entire filesystem from another stage' },
  create(ctx) {
    const { messages } = this;
    return {
      COPY(node) {
        if (!node.fromFlag) return;
        const args = node.args;
        const dest = args.at(-1);
        if (args.length < 2 || !dest || unquote(dest.getValue()) !== '/') return;
        if (args.slice(0, -1).some((a) => unquote(a.getValue()) === '/'))
          ctx.report({ range: node.argsRange, message: messages.root() });
      },
    };
  },
});
