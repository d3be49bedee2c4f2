import { docsUrl } from '../../rule';
import { argsRange, defineRule, type Node } from '../model';

export default defineRule({
  id: 'last-user-root',
  aliases: ['DL3002'],
  severity: 'warning',
  docs: {
    description: 'The last USER of the final stage should not be root.',
    details: 'Containers then run as root by default.\n\nBad:\n```dockerfile\nUSER root\nRUN apk add curl\n```\nGood: switch back with `USER app` at the end.',
    url: docsUrl('last-user-root'),
  },
  messages: { root: () => 'Last USER should not be root' },
  create(ctx) {
    const { messages } = this;
    let last: Node | undefined;
    return {
      FROM: ({ onbuild }) => { if (!onbuild) last = undefined; },
      USER: (node) => { if (!node.onbuild) last = node; },
      end() {
        if (!last) return;
        const user = (last.inst.getArgumentsContent() ?? '').trim().split(':')[0];
        if (user === 'root' || user === '0') ctx.report({ range: argsRange(last.inst), message: messages.root() });
      },
    };
  },
});
