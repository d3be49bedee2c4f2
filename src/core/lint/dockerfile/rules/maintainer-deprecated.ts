import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'maintainer-deprecated',
  aliases: ['DL4000', 'MaintainerDeprecated'],
  severity: 'error',
  tags: ['deprecated'],
  fixable: true,
  docs: {
    description: 'MAINTAINER is deprecated; use a LABEL.',
    details:
      'MAINTAINER has been deprecated since Docker 1.13; the author belongs in a label, which tools can read. The quick fix rewrites it as the OCI authors label.\n\nBad: `MAINTAINER Jane <jane@example.com>`\n\nGood: `LABEL org.opencontainers.image.authors="Jane <jane@example.com>"`',
    url: docsUrl('maintainer-deprecated'),
  },
  messages: { deprecated: () => 'MAINTAINER is deprecated' },
  create(ctx) {
    const { messages } = this;
    return {
      MAINTAINER({ inst, argsContent, onbuild }) {
        const value = argsContent?.trim() ?? '';
        const range = onbuild ? (onbuild.getTriggerRange() ?? inst.getRange()) : inst.getRange();
        const label = `LABEL org.opencontainers.image.authors=${JSON.stringify(value)}`;
        const single = range.start.line === range.end.line && value !== '';
        ctx.report({
          range: inst.getInstructionRange(),
          message: messages.deprecated(),
          ...(single
            ? {
                fix: {
                  title: 'Replace with LABEL org.opencontainers.image.authors',
                  edits: [{ range, newText: label }],
                },
              }
            : {}),
        });
      },
    };
  },
});
