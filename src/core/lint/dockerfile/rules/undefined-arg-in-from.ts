import { expandWord, fromWords, nameRange } from '../expand';
import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'undefined-arg-in-from',
  aliases: ['UndefinedArgInFrom'],
  severity: 'warning',
  docs: {
    description: 'A variable in FROM must be declared by a global ARG (before the first FROM).',
    details:
      'A variable in FROM must be declared by an ARG before the first FROM; otherwise it expands to an empty string and the image reference is wrong.\n\nBad:\n```dockerfile\nFROM node:${NODE_VERSION}\n```\nGood:\n```dockerfile\nARG NODE_VERSION=20\nFROM node:${NODE_VERSION}\n```',
    url: docsUrl('undefined-arg-in-from'),
  },
  messages: { undeclared: (name: string) => `FROM argument '${name}' is not declared` },
  create(ctx) {
    const { messages } = this;
    return {
      FROM(node) {
        if (node.onbuild || !node.from) return;
        for (const w of fromWords(node, ctx.doc)) {
          if (!w.text.includes('$')) continue;
          for (const u of expandWord(w.text, ctx.globalArgs(), ctx.escapeChar).uses)
            if (u.unset) ctx.report({ range: nameRange(ctx.doc, w.range, u), message: messages.undeclared(u.name) });
        }
      },
    };
  },
});
