import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'instruction-order',
  aliases: ['DL3061'],
  severity: 'error',
  docs: {
    description: 'A Dockerfile must begin with FROM, ARG or a comment.',
    details: 'Bad:\n```dockerfile\nRUN echo hi\nFROM alpine\n```',
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
        if (keyword === 'FROM') { seenFrom = true; return; }
        if (keyword !== 'ARG') { reported = true; ctx.report({ range: inst.getRange(), message: messages.order() }); }
      },
    };
  },
});
