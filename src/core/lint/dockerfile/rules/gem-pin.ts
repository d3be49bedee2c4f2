import { docsUrl } from '../../rule';
import { eachCommand, isInstall, packagesOf } from '../helpers';
import { defineRule } from '../model';

const NAMES = ['gem'];
const SUBS = ['install', 'i'];
const TAKES_VALUE = [
  '-v',
  '--version',
  '-i',
  '--install-dir',
  '-n',
  '--bindir',
  '-s',
  '--source',
  '-P',
  '--trust-policy',
  '--platform',
];
/** pinned, or not a registry package (local file, URL, variable) */
const pinned = (p: string) => p.includes(':') || p.endsWith('.gem');

export default defineRule({
  id: 'gem-pin',
  aliases: ['DL3028'],
  severity: 'warning',
  docs: {
    description: 'Pin versions in gem install.',
    details:
      'Unpinned packages make builds unreproducible: the next build silently gets another version.\n\nBad: `RUN gem install bundler`\n\nGood: `RUN gem install bundler:2.5.6`',
    url: docsUrl('gem-pin'),
  },
  messages: {
    unpinned: () => 'Pin versions in gem install. Instead of `gem install <gem>` use `gem install <gem>:<version>`',
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
