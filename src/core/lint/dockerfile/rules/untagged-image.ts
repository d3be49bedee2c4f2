import { From } from 'dockerfile-ast';
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
      FROM({ inst, stage, onbuild }) {
        if (onbuild || !(inst instanceof From)) return;
        const image = inst.getImage();
        const range = inst.getImageRange();
        if (!image || !range || image.includes('$') || image.toLowerCase() === 'scratch' || stage?.fromStage) return;
        if (inst.getImageTag() === null && inst.getImageDigest() === null)
          ctx.report({ range, message: messages.untagged() });
      },
    };
  },
});
