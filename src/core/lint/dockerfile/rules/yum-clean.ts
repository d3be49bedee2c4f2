import { docsUrl } from '../../rule';
import { appendCommandFix, cacheLeftInLayer } from '../helpers';
import { defineRule } from '../model';
import { yumCleans, yumInstalls } from '../packageManagers';

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
  messages: { missing: () => '`yum clean all` missing after yum command.' },
  create(ctx) {
    const { messages } = this;
    return cacheLeftInLayer(
      ctx,
      { installs: yumInstalls, cleans: yumCleans, cacheMount: (t) => t.startsWith('/var/cache/yum') },
      (node, install) =>
        ctx.report({
          range: ctx.commandRange(node, install),
          message: messages.missing(),
          ...appendCommandFix(node, 'yum clean all'),
        }),
    );
  },
});
