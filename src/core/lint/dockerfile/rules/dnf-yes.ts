import { docsUrl } from '../../rule';
import { requireFlag } from '../helpers';
import { RPM_CHANGES } from '../packageManagers';
import { defineRule } from '../model';

const NAMES = ['dnf', 'microdnf'];

export default defineRule({
  id: 'dnf-yes',
  aliases: ['DL3038'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'Use the -y switch with dnf install.',
    details:
      'A Docker build has no terminal, so a confirmation prompt cannot be answered: the package manager aborts and the build fails (or, with some versions, waits forever). Pass the non-interactive flag so the install runs unattended.\n\nBad: `RUN dnf install httpd-2.4.57`\n\nGood: `RUN dnf install -y httpd-2.4.57`',
    url: docsUrl('dnf-yes'),
  },
  messages: { missing: () => 'Use the -y switch to avoid manual input `dnf install -y <package>`' },
  create(ctx) {
    return requireFlag(ctx, {
      names: NAMES,
      subs: RPM_CHANGES,
      flags: ['y', 'assumeyes'],
      insert: '-y',
      message: this.messages.missing,
    });
  },
});
