import { docsUrl } from '../../rule';
import { requireFlag } from '../helpers';
import { defineRule } from '../model';

const NAMES = ['apt-get'];
const SUBS = ['install', 'upgrade', 'dist-upgrade', 'remove', 'purge', 'autoremove'];

export default defineRule({
  id: 'apt-get-yes',
  aliases: ['DL3014'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'Use the -y switch with apt-get install.',
    details:
      'A Docker build has no terminal, so a confirmation prompt cannot be answered: the package manager aborts and the build fails (or, with some versions, waits forever). Pass the non-interactive flag so the install runs unattended. The quick fix adds `-y`.\n\nBad: `RUN apt-get install curl`\n\nGood: `RUN apt-get install -y curl`',
    url: docsUrl('apt-get-yes'),
  },
  messages: { missing: () => 'Use the `-y` switch to avoid manual input `apt-get -y install <package>`' },
  create(ctx) {
    return requireFlag(ctx, {
      names: NAMES,
      subs: SUBS,
      flags: ['y', 'yes', 'assume-yes'],
      insert: '-y',
      message: this.messages.missing,
      unless: (cmd) => cmd.args.includes('-qq'),
    });
  },
});
