import { docsUrl } from '../../rule';
import { appendCommandFix, cacheLeftInLayer, isInstall } from '../helpers';
import { defineRule } from '../model';
import type { Command } from '../shell';

const triggers = (c: Command): boolean => isInstall(c, ['yum'], ['install', 'groupinstall', 'localinstall']);
const cleans = (c: Command): boolean =>
  (c.name === 'yum' && c.args.includes('clean') && c.args.includes('all')) ||
  (c.name === 'rm' && c.args.some((a) => a.startsWith('/var/cache/yum')));

export default defineRule({
  id: 'yum-clean',
  aliases: ['DL3032'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'yum clean all missing after yum install.',
    details:
      'Package managers keep downloaded packages and metadata in a cache. Cleaning up in a later RUN does not shrink the image: the files stay in the earlier layer. Clean up in the same RUN, or use a `RUN --mount=type=cache` on the cache directory. The quick fix appends `&& yum clean all`.\n\nBad: `RUN yum install -y httpd-2.4.57`\n\nGood: `RUN yum install -y httpd-2.4.57 && yum clean all`',
    url: docsUrl('yum-clean'),
  },
  messages: { missing: () => '\`yum clean all\` missing after yum command.' },
  create(ctx) {
    const { messages } = this;
    return cacheLeftInLayer(
      ctx,
      { installs: triggers, cleans, cacheMount: (t) => t.startsWith('/var/cache/yum') },
      (node, install) =>
        ctx.report({
          range: ctx.commandRange(node, install),
          message: messages.missing(),
          ...appendCommandFix(node, 'yum clean all'),
        }),
    );
  },
});
