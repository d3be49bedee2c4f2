import { docsUrl } from '../../rule';
import { cacheMountTargets, eachCommand, hasFlag, insertFlagFix, isInstall } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'apk-no-cache',
  aliases: ['DL3019'],
  severity: 'info',
  fixable: true,
  docs: {
    description: 'Use apk add --no-cache instead of --update and removing /var/cache/apk/*.',
    details:
      '`apk add` without `--no-cache` stores the package index in `/var/cache/apk` inside the layer, a few MB that serve no purpose in the image. `--no-cache` fetches the index to a temporary place and leaves nothing behind (it replaces `apk update` and `rm -rf /var/cache/apk/*`).\n\nBad: `RUN apk add --update curl`\n\nGood: `RUN apk add --no-cache curl`',
    url: docsUrl('apk-no-cache'),
  },
  messages: {
    missing: () =>
      'Use the `--no-cache` switch to avoid the need to use `--update` and remove `/var/cache/apk/*` when done installing packages',
  },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (!isInstall(cmd, ['apk'], ['add'], ['-t', '--virtual', '-X', '--repository']) || hasFlag(cmd, 'no-cache'))
        return;
      if (cacheMountTargets(node).some((t) => t.startsWith('/var/cache/apk') || t === '/etc/apk/cache')) return;
      ctx.report({
        range: ctx.commandRange(node, cmd),
        message: messages.missing(),
        ...insertFlagFix(ctx, node, cmd, 'add', '--no-cache'),
      });
    });
  },
});
