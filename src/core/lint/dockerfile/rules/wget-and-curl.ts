import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'wget-and-curl',
  aliases: ['DL4001'],
  severity: 'warning',
  docs: {
    description: 'Either use wget or curl, but not both: one download tool is enough.',
    details:
      'Using both wget and curl in one image means two download tools to install, patch and know. Pick one.\n\nBad:\n```dockerfile\nRUN wget -q https://x/a\nRUN curl -fsSLO https://x/b\n```\nGood:\n```dockerfile\nRUN curl -fsSLO https://x/a\nRUN curl -fsSLO https://x/b\n```',
    url: docsUrl('wget-and-curl'),
  },
  messages: { both: () => 'Either use Wget or Curl but not both' },
  create(ctx) {
    const { messages } = this;
    let stage = -1;
    let tools = new Set<string>();
    let reported = false;
    return {
      RUN(node) {
        const s = node.stage?.index ?? -1;
        if (s !== stage) {
          stage = s;
          tools = new Set();
          reported = false;
        }
        for (const c of ctx.commands(node)) {
          if (c.name !== 'wget' && c.name !== 'curl') continue;
          tools.add(c.name);
          if (tools.size === 2 && !reported) {
            reported = true;
            ctx.report({ range: ctx.commandRange(node, c), message: messages.both() });
          }
        }
      },
    };
  },
});
