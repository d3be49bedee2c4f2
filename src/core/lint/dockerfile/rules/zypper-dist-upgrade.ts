import { docsUrl } from '../../rule';
import { eachCommand, isInstall } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'zypper-dist-upgrade',
  aliases: ['DL3035'],
  severity: 'warning',
  docs: {
    description: 'Do not use zypper dist-upgrade in a Dockerfile; use a newer base image.',
    details: 'Bad: `RUN zypper dup -y`',
    url: docsUrl('zypper-dist-upgrade'),
  },
  messages: { dup: () => 'Do not use `zypper dist-upgrade`.' },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => { if (isInstall(cmd, ['zypper'], ['dist-upgrade', 'dup'])) ctx.report({ range: ctx.commandRange(node, cmd), message: messages.dup() }); });
  },
});
