import { docsUrl } from '../../rule';
import { appendCommandFix, cacheLeftInLayer } from '../helpers';
import { defineRule } from '../model';
import { zypperCleans, zypperInstalls } from '../packageManagers';

export default defineRule({
  id: 'zypper-clean',
  aliases: ['DL3036'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'zypper clean missing after zypper install.',
    details:
      'Package managers keep downloaded packages and metadata in a cache. Cleaning up in a later RUN does not shrink the image: the files stay in the earlier layer. Clean up in the same RUN, or use a `RUN --mount=type=cache` on the cache directory. The quick fix appends `&& zypper clean`.\n\nBad: `RUN zypper install -y httpd=2.4.58`\n\nGood: `RUN zypper install -y httpd=2.4.58 && zypper clean`',
    url: docsUrl('zypper-clean'),
  },
  messages: { missing: () => '`zypper clean` missing after zypper use.' },
  create(ctx) {
    const { messages } = this;
    return cacheLeftInLayer(
      ctx,
      { installs: zypperInstalls, cleans: zypperCleans, cacheMount: (t) => t.includes('/var/cache/zypp') },
      (node, install) =>
        ctx.report({
          range: ctx.commandRange(node, install),
          message: messages.missing(),
          ...appendCommandFix(node, 'zypper clean'),
        }),
    );
  },
});
