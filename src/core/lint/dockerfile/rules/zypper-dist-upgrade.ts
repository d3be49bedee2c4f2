import { docsUrl } from '../../rule';
import { eachCommand, isInstall } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'zypper-dist-upgrade',
  aliases: ['DL3035'],
  severity: 'warning',
  docs: {
    description: 'Do not use zypper dist-upgrade in a Dockerfile; use a newer base image.',
    details:
      "`zypper dist-upgrade` moves the whole system to the newest distribution release at build time: images built on different days differ widely, and the base image's tested state is lost. Use a newer base image instead, or `zypper patch` for fixes.\n\nBad: `RUN zypper dup -y`\n\nGood: `FROM opensuse/leap:15.6` (a newer base) or `RUN zypper patch -y`",
    url: docsUrl('zypper-dist-upgrade'),
  },
  messages: { dup: () => 'Do not use `zypper dist-upgrade`.' },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (isInstall(cmd, ['zypper'], ['dist-upgrade', 'dup']))
        ctx.report({ range: ctx.commandRange(node, cmd), message: messages.dup() });
    });
  },
});
