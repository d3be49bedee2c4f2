import { docsUrl } from '../../rule';
import { eachCommand } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'no-sudo',
  aliases: ['DL3004'],
  severity: 'error',
  docs: {
    description: 'Do not use sudo; it leads to unpredictable behavior. Use USER, or gosu at run time.',
    details:
      'Builds already run as root unless USER says otherwise, and sudo in an image brings its own configuration, TTY and environment quirks. Switch users with USER; at run time, drop privileges with a tool like gosu.\n\nBad: `RUN sudo apt-get install -y curl`\n\nGood:\n```dockerfile\nUSER root\nRUN apt-get install -y curl\nUSER app\n```',
    url: docsUrl('no-sudo'),
  },
  messages: {
    sudo: () => 'Do not use sudo as it leads to unpredictable behavior. Use a tool like gosu to enforce root',
  },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (cmd.name === 'sudo') ctx.report({ range: ctx.commandRange(node, cmd), message: messages.sudo() });
    });
  },
});
