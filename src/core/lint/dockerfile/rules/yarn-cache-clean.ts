import { docsUrl } from '../../rule';
import { cacheLeftInLayer } from '../helpers';
import { defineRule } from '../model';
import { yarnCleans, yarnInstalls } from '../packageManagers';
import type { Command } from '../shell';
import { nodeInShippedStage } from '../stages';

/** `yarn install`, and bare `yarn` (which installs; hadolint counts only `yarn install`) */
const triggers = (c: Command): boolean =>
  yarnInstalls(c) || (c.name === 'yarn' && c.args.every((a) => a.startsWith('-')));

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
  messages: { missing: () => '`yarn cache clean` missing after `yarn install` was run.' },
  create(ctx) {
    const { messages } = this;
    return cacheLeftInLayer(
      ctx,
      { installs: triggers, cleans: yarnCleans, cacheMount: (t) => t.includes('yarn') },
      (node, install) => {
        if (node.onbuild || nodeInShippedStage(ctx, node))
          ctx.report({ range: ctx.commandRange(node, install), message: messages.missing() });
      },
    );
  },
});
