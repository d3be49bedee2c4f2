import { docsUrl } from '../../rule';
import { eachCommand, isInstall, packagesOf } from '../helpers';
import { defineRule } from '../model';

const NAMES = ['dnf', 'microdnf'];
const SUBS = ['install', 'groupinstall', 'localinstall'];
const TAKES_VALUE = [
  '-c',
  '--config',
  '--installroot',
  '--enablerepo',
  '--disablerepo',
  '--repo',
  '--releasever',
  '--setopt',
  '-x',
  '--exclude',
];
/** pinned, or not a registry package (local file, URL, variable) */
const pinned = (p: string) => /-\d/.test(p) || p.endsWith('.rpm') || p.includes('/') || p.startsWith('@');

export default defineRule({
  id: 'dnf-pin',
  aliases: ['DL3041'],
  severity: 'warning',
  docs: {
    description: 'Specify version with dnf install -y <package>-<version>.',
    details:
      'Unpinned packages make builds unreproducible: the next build silently gets another version.\n\nBad: `RUN dnf install -y httpd`\n\nGood: `RUN dnf install -y httpd-2.4.57`',
    url: docsUrl('dnf-pin'),
  },
  messages: { unpinned: () => 'Specify version with `dnf install -y <package>-<version>`.' },
  create(ctx) {
    const { messages } = this;
    return eachCommand(ctx, (cmd, node) => {
      if (!isInstall(cmd, NAMES, SUBS, TAKES_VALUE)) return;
      if (packagesOf(cmd, TAKES_VALUE).some((p) => !pinned(p) && !p.includes('$')))
        ctx.report({ range: ctx.commandRange(node, cmd), message: messages.unpinned() });
    });
  },
});
