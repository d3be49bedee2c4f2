import { docsUrl } from '../../rule';
import { rpmPinListeners } from '../helpers';
import { defineRule } from '../model';

const NAMES = ['dnf', 'microdnf'];
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

export default defineRule({
  id: 'dnf-pin',
  aliases: ['DL3041'],
  severity: 'warning',
  docs: {
    description: 'Specify version with dnf install -y <package>-<version>.',
    details:
      'Unpinned packages make builds unreproducible: the next build silently gets another version. As in hadolint, a version is a part after a `-` that starts with a digit (`httpd-2.4.57`, `openssl-1:1.1.1k`), a module (`dnf module install`) is pinned by its `:stream`, and a `${VAR}` counts as a version when an ENV of this stage (or of the stage it builds on) or an ARG defines it.\n\nBad: `RUN dnf install -y httpd`\n\nGood: `RUN dnf install -y httpd-2.4.57`',
    url: docsUrl('dnf-pin'),
  },
  messages: { unpinned: () => 'Specify version with `dnf install -y <package>-<version>`.' },
  create(ctx) {
    return rpmPinListeners(ctx, NAMES, TAKES_VALUE, this.messages.unpinned);
  },
});
