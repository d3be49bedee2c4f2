import { docsUrl } from '../../rule';
import { requireFlag } from '../helpers';
import { defineRule } from '../model';

const NAMES = ['zypper'];
const SUBS = ['install', 'in', 'remove', 'rm', 'source-install', 'si', 'patch', 'update', 'up', 'dist-upgrade', 'dup'];

export default defineRule({
  id: 'zypper-yes',
  aliases: ['DL3034'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'Use a non-interactive switch with zypper.',
    details:
      'A Docker build has no terminal, so a confirmation prompt cannot be answered: the package manager aborts and the build fails (or, with some versions, waits forever). Pass the non-interactive flag so the install runs unattended.\n\nBad: `RUN zypper install httpd=2.4.58`\n\nGood: `RUN zypper install -y httpd=2.4.58`',
    url: docsUrl('zypper-yes'),
  },
  messages: { missing: () => 'Non-interactive switch missing from `zypper` command: `zypper install -y`' },
  create(ctx) {
    return requireFlag(ctx, {
      names: NAMES,
      subs: SUBS,
      flags: ['n', 'y', 'non-interactive', 'no-confirm'],
      insert: '-y',
      message: this.messages.missing,
    });
  },
});
