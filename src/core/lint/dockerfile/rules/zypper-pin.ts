import { docsUrl } from '../../rule';
import { eachCommand, isInstall, packagesOf } from '../helpers';
import { defineRule } from '../model';

const NAMES = ['zypper'];
const SUBS = ['install', 'in'];
const TAKES_VALUE = ['-t', '--type', '-r', '--repo', '--from'];
/** pinned, or not a registry package (local file, URL, variable) */
const pinned = (p: string) => /[=<>]/.test(p) || p.endsWith('.rpm') || p.includes('/');

export default defineRule({
  id: 'zypper-pin',
  aliases: ['DL3037'],
  severity: 'warning',
  docs: {
    description: 'Specify version with zypper install -y <package>=<version>.',
    details:
      'Unpinned packages make builds unreproducible: the next build silently gets another version.\n\nBad: `RUN zypper install -y httpd`\n\nGood: `RUN zypper install -y httpd=2.4.58`',
    url: docsUrl('zypper-pin'),
  },
  messages: { unpinned: () => 'Specify version with `zypper install -y <package>[=]<version>`.' },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (!isInstall(cmd, NAMES, SUBS, TAKES_VALUE)) return;
      if (packagesOf(cmd, TAKES_VALUE).some((p) => !pinned(p) && !p.includes('$')))
        ctx.report({ range: ctx.commandRange(node, cmd), message: messages.unpinned() });
    });
  },
});
