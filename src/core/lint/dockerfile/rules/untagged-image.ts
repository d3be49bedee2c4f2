import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'untagged-image',
  aliases: ['DL3006'],
  severity: 'warning',
  docs: {
    description: 'Always tag the version of an image explicitly.',
    details:
      'An image without a tag means `latest`, whatever was pushed last. A tag makes builds repeatable and upgrades visible.\n\nBad: `FROM debian`\n\nGood: `FROM debian:12.5`',
    url: docsUrl('untagged-image'),
  },
  messages: { untagged: () => 'Always tag the version of an image explicitly' },
  create(ctx) {
    const { messages } = this;
    return {
      FROM({ from, stage, onbuild }) {
        if (onbuild || !from) return;
        const image = from.image;
        const range = from.imageRange;
        if (!image || !range || image.includes('$') || image.toLowerCase() === 'scratch' || stage?.fromStage) return;
        if (from.tag === null && from.digest === null) ctx.report({ range, message: messages.untagged() });
      },
    };
  },
});
