import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'copy-multiple-sources-slash',
  aliases: ['DL3021'],
  severity: 'error',
  fixable: true,
  docs: {
    description: 'COPY with more than two arguments needs a destination ending with /.',
    details:
      "With more than one source, COPY's destination must be a directory, written with a trailing `/`; otherwise the build fails. The quick fix adds the slash.\n\nBad: `COPY a.txt b.txt /dst`\n\nGood: `COPY a.txt b.txt /dst/`",
    url: docsUrl('copy-multiple-sources-slash'),
  },
  messages: { slash: () => 'COPY with more than 2 arguments requires the last argument to end with /' },
  create(ctx) {
    const { messages } = this;
    return {
      COPY({ args }) {
        const last = args.at(-1);
        if (
          args.length < 3 ||
          !last ||
          args[0]?.getValue().startsWith('[') ||
          args.some((a) => a.getValue().startsWith('<<'))
        )
          return;
        const v = last.getValue().replace(/^(["'])(.*)\1$/, '$2');
        if (v.endsWith('/') || v.endsWith('\\')) return;
        const r = last.getRange();
        ctx.report({
          range: r,
          message: messages.slash(),
          fix: { title: 'Add trailing /', edits: [{ range: { start: r.end, end: r.end }, newText: '/' }] },
        });
      },
    };
  },
});
