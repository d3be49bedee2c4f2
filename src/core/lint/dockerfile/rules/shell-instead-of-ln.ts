import { docsUrl } from '../../rule';
import { eachCommand, positionals } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'shell-instead-of-ln',
  aliases: ['DL4005'],
  severity: 'warning',
  docs: {
    description: 'Use SHELL to change the default shell instead of replacing /bin/sh.',
    details:
      'Replacing `/bin/sh` with a link changes the shell for every script in the image, including the distribution\'s own, and is easy to miss. SHELL changes the shell only for the Dockerfile\'s RUNs.\n\nBad: `RUN ln -sf /bin/bash /bin/sh`\n\nGood: `SHELL ["/bin/bash", "-c"]`',
    url: docsUrl('shell-instead-of-ln'),
  },
  messages: { ln: () => 'Use SHELL to change the default shell' },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (cmd.name === 'ln' && positionals(cmd.args).at(-1) === '/bin/sh')
        ctx.report({ range: ctx.commandRange(node, cmd), message: messages.ln() });
    });
  },
});
