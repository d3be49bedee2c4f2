import { docsUrl } from '../../rule';
import { eachCommand, isInstall, packagesOf } from '../helpers';
import { defineRule } from '../model';

const NAMES = ['yum'];
const SUBS = ['install', 'groupinstall', 'localinstall'];
const TAKES_VALUE = [
  '-c',
  '--config',
  '--installroot',
  '--enablerepo',
  '--disablerepo',
  '-R',
  '-d',
  '-e',
  '--releasever',
  '--setopt',
];
/** pinned, or not a registry package (local file, URL, variable) */
const pinned = (p: string) => /-\d/.test(p) || p.endsWith('.rpm') || p.includes('/') || p.startsWith('@');

export default defineRule({
  id: 'yum-pin',
  aliases: ['DL3033'],
  severity: 'warning',
  docs: {
    description: 'Specify version with yum install -y <package>-<version>.',
    details:
      'Unpinned packages make builds unreproducible: the next build silently gets another version.\n\nBad: `RUN yum install -y httpd`\n\nGood: `RUN yum install -y httpd-2.4.57`',
    url: docsUrl('yum-pin'),
  },
  messages: { unpinned: () => 'Specify version with `yum install -y <package>-<version>`.' },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (!isInstall(cmd, NAMES, SUBS, TAKES_VALUE)) return;
      if (packagesOf(cmd, TAKES_VALUE).some((p) => !pinned(p) && !p.includes('$')))
        ctx.report({ range: ctx.commandRange(node, cmd), message: messages.unpinned() });
    });
  },
});
