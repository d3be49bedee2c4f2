import { docsUrl } from '../../rule';
import { defineRule, type Node } from '../model';

export default defineRule({
  id: 'last-user-root',
  aliases: ['DL3002'],
  severity: 'warning',
  docs: {
    description: 'The last USER of a stage should not be root.',
    details:
      'The last USER of a stage is the user its containers run as (any stage can be a build target or the base of another). Switching to root for an install is fine, but leaving it there runs the application as root.\n\nBad:\n```dockerfile\nUSER root\nRUN apk add curl\n```\nGood:\n```dockerfile\nUSER root\nRUN apk add curl\nUSER app\n```',
    url: docsUrl('last-user-root'),
  },
  messages: { root: () => 'Last USER should not be root' },
  create(ctx) {
    const { messages } = this;
    let last: Node | undefined;
    // as hadolint: every stage whose last USER is root, not only the final one (a stage may be a base or a target)
    const flush = () => {
      if (!last) return;
      const user = (last.argsContent ?? '').trim().split(':')[0];
      if (user === 'root' || user === '0') ctx.report({ range: last.argsRange, message: messages.root() });
      last = undefined;
    };
    return {
      FROM: ({ onbuild }) => {
        if (!onbuild) flush();
      },
      USER: (node) => {
        if (!node.onbuild) last = node;
      },
      end: flush,
    };
  },
});
