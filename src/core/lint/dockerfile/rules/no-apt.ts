import { docsUrl } from '../../rule';
import { eachCommand } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'no-apt',
  aliases: ['DL3027'],
  severity: 'warning',
  docs: {
    description: 'Do not use apt in scripts; it is meant for end users. Use apt-get or apt-cache.',
    details:
      'apt has no stable CLI and warns when used in scripts.\n\nBad: `RUN apt install -y curl`\n\nGood: `RUN apt-get install -y curl`',
    url: docsUrl('no-apt'),
  },
  messages: { apt: () => 'Do not use apt as it is meant to be a end-user tool, use apt-get or apt-cache instead' },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (cmd.name === 'apt') ctx.report({ range: ctx.commandRange(node, cmd), message: messages.apt() });
    });
  },
});
