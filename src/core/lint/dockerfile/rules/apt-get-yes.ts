import { docsUrl } from '../../rule';
import { hasFlag, requireFlag } from '../helpers';

/** quiet level 2: `-qq`, `-q -q`, `--quiet --quiet`, `-q=2` (apt-get(8): "implies -y") */
function quietTwice(args: readonly string[]): boolean {
  let q = 0;
  for (const a of args) {
    if (a === '--') break;
    if (a === '-q=2' || a === '--quiet=2') return true;
    if (a === '--quiet') q++;
    else if (/^-[A-Za-z]+$/.test(a)) q += a.split('q').length - 1;
  }
  return q >= 2;
}
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
      // -qq (or -q twice, --quiet twice, -q=2) implies -y; -s/--simulate/--dry-run only prints what would happen
      unless: (cmd) =>
        quietTwice(cmd.args) || hasFlag(cmd, 's', 'simulate', 'dry-run', 'just-print', 'no-act', 'recon'),
    });
  },
});
