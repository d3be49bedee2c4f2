import { docsUrl } from '../../rule';
import { eachCommand, isInstall, packagesOf } from '../helpers';
import { defineRule } from '../model';

const NAMES = ['apt-get'];
const SUBS = ['install'];
const TAKES_VALUE = ['-o', '-c', '-t', '--target-release', '--option', '--config-file'];
/** pinned, or not a registry package (local file, URL, variable) */
const pinned = (p: string) => p.includes('=') || p.endsWith('.deb') || p.includes('/');

export default defineRule({
  id: 'apt-get-pin',
  aliases: ['DL3008'],
  severity: 'warning',
  docs: {
    description: 'Pin versions in apt-get install.',
    details:
      'Unpinned packages make builds unreproducible: the next build silently gets another version.\n\nBad: `RUN apt-get install -y curl`\n\nGood: `RUN apt-get install -y curl=7.88.1-10`',
    url: docsUrl('apt-get-pin'),
  },
  messages: {
    unpinned: () =>
      'Pin versions in apt get install. Instead of `apt-get install <package>` use `apt-get install <package>=<version>`',
  },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (!isInstall(cmd, NAMES, SUBS, TAKES_VALUE)) return;
      if (packagesOf(cmd, TAKES_VALUE).some((p) => !pinned(p) && !p.includes('$')))
        ctx.report({ range: ctx.commandRange(node, cmd), message: messages.unpinned() });
    });
  },
});
