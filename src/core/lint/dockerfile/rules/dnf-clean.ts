import { docsUrl } from '../../rule';
import { appendCommandFix, cacheLeftInLayer } from '../helpers';
import { defineRule } from '../model';
import { dnfCacheDir, dnfCleans, dnfInstalls } from '../packageManagers';

export default defineRule({
  id: 'dnf-clean',
  aliases: ['DL3040'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'dnf clean all missing after dnf install.',
    details:
      'Package managers keep downloaded packages and metadata in a cache. Cleaning up in a later RUN does not shrink the image: the files stay in the earlier layer. Clean up in the same RUN, or use a `RUN --mount=type=cache` on the cache directory. The quick fix appends `&& dnf clean all` (`microdnf clean all` for microdnf).\n\nBad: `RUN dnf install -y httpd-2.4.57`\n\nGood: `RUN dnf install -y httpd-2.4.57 && dnf clean all`',
    url: docsUrl('dnf-clean'),
  },
  messages: { missing: () => '`dnf clean all` missing after dnf command.' },
  create(ctx) {
    const { messages } = this;
    return cacheLeftInLayer(
      ctx,
      { installs: dnfInstalls, cleans: dnfCleans, cacheMount: dnfCacheDir },
      (node, install) =>
        ctx.report({
          range: ctx.commandRange(node, install),
          message: messages.missing(),
          ...appendCommandFix(node, `${install.name} clean all`),
        }),
    );
  },
});
