import { docsUrl } from '../../rule';
import { eachCommand } from '../helpers';
import { defineRule } from '../model';

const IRRELEVANT = ['free', 'ifconfig', 'kill', 'mount', 'ps', 'service', 'shutdown', 'ssh', 'top', 'vim'];

export default defineRule({
  id: 'irrelevant-command',
  aliases: ['DL3001'],
  severity: 'info',
  docs: {
    description:
      'Commands such as ssh, vim, shutdown, service, ps, free, top, kill, mount and ifconfig make no sense in a build.',
    details:
      'Commands such as `service`, `ssh`, `vim`, `shutdown`, `ps`, `top`, `kill`, `mount` or `ifconfig` act on a running system. In a build step they do nothing useful (a started service is gone with the RUN\'s process) or fail.\n\nBad: `RUN service nginx start`\n\nGood: `CMD ["nginx", "-g", "daemon off;"]`',
    url: docsUrl('irrelevant-command'),
  },
  messages: {
    irrelevant: () =>
      'For some bash commands it makes no sense running them in a Docker container like `ssh`, `vim`, `shutdown`, `service`, `ps`, `free`, `top`, `kill`, `mount`, `ifconfig`',
  },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (IRRELEVANT.includes(cmd.name))
        ctx.report({ range: ctx.commandRange(node, cmd), message: messages.irrelevant() });
    });
  },
});
