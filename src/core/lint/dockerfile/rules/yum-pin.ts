import { docsUrl } from '../../rule';
import { rpmPinListeners } from '../helpers';
import { defineRule } from '../model';

const NAMES = ['yum'];
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

export default defineRule({
  id: 'yum-pin',
  aliases: ['DL3033'],
  severity: 'warning',
  docs: {
    description: 'Specify version with yum install -y <package>-<version>.',
    details:
      'Unpinned packages make builds unreproducible: the next build silently gets another version. As in hadolint, a version is a part after a `-` that starts with a digit (`httpd-2.4.57`, `openssl-1:1.1.1k`), a module (`yum module install`) is pinned by its `:stream`, and a `${VAR}` counts as a version when an ENV of this stage (or of the stage it builds on) or an ARG defines it.\n\nBad: `RUN yum install -y httpd`\n\nGood: `RUN yum install -y httpd-2.4.57`',
    url: docsUrl('yum-pin'),
  },
  messages: { unpinned: () => 'Specify version with `yum install -y <package>-<version>`.' },
  create(ctx) {
    return rpmPinListeners(ctx, NAMES, TAKES_VALUE, this.messages.unpinned);
  },
});
