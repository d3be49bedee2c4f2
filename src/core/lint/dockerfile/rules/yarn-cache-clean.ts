import { docsUrl } from '../../rule';
import { cacheLeftInLayer } from '../helpers';
import { defineRule } from '../model';
import type { Command } from '../shell';

const triggers = (c: Command): boolean =>
  c.name === 'yarn' && (c.args.length === 0 || c.args[0] === 'install' || c.args.every((a) => a.startsWith('-')));
const cleans = (c: Command): boolean => c.name === 'yarn' && c.args[0] === 'cache' && c.args[1] === 'clean';

export default defineRule({
  id: 'yarn-cache-clean',
  aliases: ['DL3060'],
  severity: 'info',
  docs: {
    description: 'yarn cache clean missing after yarn install.',
    details:
      'Package managers keep downloaded packages and metadata in a cache. Cleaning up in a later RUN does not shrink the image: the files stay in the earlier layer. Clean up in the same RUN, or use a `RUN --mount=type=cache` on the cache directory.\n\nBad: `RUN yarn install`\n\nGood: `RUN yarn install && yarn cache clean`',
    url: docsUrl('yarn-cache-clean'),
  },
  messages: { missing: () => '\`yarn cache clean\` missing after \`yarn install\` was run.' },
  create(ctx) {
    const { messages } = this;
    return cacheLeftInLayer(
      ctx,
      { installs: triggers, cleans, cacheMount: (t) => t.includes('yarn') },
      (node, install) => ctx.report({ range: ctx.commandRange(node, install), message: messages.missing() }),
    );
  },
});
