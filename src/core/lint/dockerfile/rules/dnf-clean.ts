import { docsUrl } from '../../rule';
import { appendCommandFix, cacheLeftInLayer, isInstall } from '../helpers';
import { defineRule } from '../model';
import type { Command } from '../shell';

const triggers = (c: Command): boolean =>
  isInstall(c, ['dnf', 'microdnf'], ['install', 'groupinstall', 'localinstall']);
const cleans = (c: Command): boolean =>
  (['dnf', 'microdnf'].includes(c.name) && c.args.includes('clean') && c.args.includes('all')) ||
  (c.name === 'rm' && c.args.some((a) => a.startsWith('/var/cache/dnf') || a.startsWith('/var/cache/yum')));

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
  messages: { missing: () => '\`dnf clean all\` missing after dnf command.' },
  create(ctx) {
    const { messages } = this;
    return cacheLeftInLayer(
      ctx,
      { installs: triggers, cleans, cacheMount: (t) => t.startsWith('/var/cache/dnf') },
      (node, install) =>
        ctx.report({
          range: ctx.commandRange(node, install),
          message: messages.missing(),
          ...appendCommandFix(node, `${install.name} clean all`),
        }),
    );
  },
});
