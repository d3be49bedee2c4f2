import { docsUrl } from '../../rule';
import { defineRule, type Node } from '../model';

const flagsOf = (n: Node) =>
  n.flags
    .map((f) => f.toString())
    .sort()
    .join(' ');

export default defineRule({
  id: 'consecutive-run',
  aliases: ['DL3059'],
  severity: 'info',
  docs: {
    description: 'Multiple consecutive RUN instructions; consider consolidating them into one layer.',
    details:
      'Each RUN adds a layer and a cache step. Consecutive RUNs that belong together (update and install, download and unpack) are better as one: fewer layers, and files deleted at the end are really gone from the image.\n\nBad:\n```dockerfile\nRUN apt-get update\nRUN apt-get install -y curl\n```\nGood: `RUN apt-get update && apt-get install -y curl`\n\nAs in hadolint, RUNs with different flags, and any RUN next to one that already runs several commands, are left alone.',
    url: docsUrl('consecutive-run'),
  },
  messages: { consecutive: () => 'Multiple consecutive `RUN` instructions. Consider consolidation.' },
  create(ctx) {
    const { messages } = this;
    let prev: Node | undefined;
    return {
      any(node) {
        if (node.onbuild || node.keyword === 'ONBUILD') {
          prev = undefined;
          return;
        }
        // as hadolint: a RUN that already chains commands (`a && b`, `a; b`) is a consolidated one, and so is its neighbour
        if (
          node.keyword === 'RUN' &&
          prev?.keyword === 'RUN' &&
          flagsOf(prev) === flagsOf(node) &&
          ctx.commands(prev).length <= 1 &&
          ctx.commands(node).length <= 1
        ) {
          ctx.report({ range: node.inst.getRange(), message: messages.consecutive() });
        }
        prev = node;
      },
    };
  },
});
