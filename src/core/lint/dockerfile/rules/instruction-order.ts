import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'instruction-order',
  aliases: ['DL3061'],
  severity: 'error',
  docs: {
    description: 'A Dockerfile must begin with FROM, ARG or a comment.',
    details:
      'Only parser directives, comments and ARG may come before the first FROM; anything else has no image to apply to and the build fails.\n\nBad:\n```dockerfile\nRUN echo hi\nFROM alpine\n```\nGood:\n```dockerfile\nFROM alpine\nRUN echo hi\n```',
    url: docsUrl('instruction-order'),
  },
  messages: { order: () => 'Invalid instruction order. Dockerfile must begin with `FROM`, `ARG` or comment.' },
  create(ctx) {
    const { messages } = this;
    let seenFrom = false;
    let reported = false;
    return {
      any({ inst, keyword, onbuild }) {
        if (onbuild || seenFrom || reported) return;
        if (keyword === 'FROM') {
          seenFrom = true;
          return;
        }
        if (keyword !== 'ARG') {
          reported = true;
          ctx.report({ range: inst.getRange(), message: messages.order() });
        }
      },
    };
  },
});
