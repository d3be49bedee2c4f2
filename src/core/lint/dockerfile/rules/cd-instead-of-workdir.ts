import { docsUrl } from '../../rule';
import { eachCommand } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'cd-instead-of-workdir',
  aliases: ['DL3003'],
  severity: 'warning',
  docs: {
    description: 'Use WORKDIR to switch to a directory.',
    details:
      '`cd` in a RUN only lasts for that RUN, so later instructions silently run somewhere else, and the working directory is hard to see when reading the file. WORKDIR sets it for every following instruction and for the container.\n\nBad: `RUN cd /app && make`\n\nGood:\n```dockerfile\nWORKDIR /app\nRUN make\n```',
    url: docsUrl('cd-instead-of-workdir'),
  },
  messages: { cd: () => 'Use WORKDIR to switch to a directory' },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (cmd.name === 'cd') ctx.report({ range: ctx.commandRange(node, cmd), message: messages.cd() });
    });
  },
});
