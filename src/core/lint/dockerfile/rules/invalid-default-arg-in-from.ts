import { docsUrl } from '../../rule';
import { expandWord } from '../expand';
import { defineRule } from '../model';

const VALID_REF =
  /^[a-z0-9]+(?:[._-][a-z0-9]+)*(?::[0-9]+)?(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/;

export default defineRule({
  id: 'invalid-default-arg-in-from',
  aliases: ['InvalidDefaultArgInFrom'],
  severity: 'warning',
  docs: {
    description: 'With the default values of its global ARGs, the FROM image reference is empty or invalid.',
    details:
      'A build without `--build-arg` then fails.\n\nBad:\n```dockerfile\nARG TAG\nFROM alpine:${TAG}\n```\nGood:\n```dockerfile\nARG TAG=3.19\nFROM alpine:${TAG}\n```',
    url: docsUrl('invalid-default-arg-in-from'),
  },
  messages: {
    invalid: (image: string) => `Default value for ARG ${image} results in empty or invalid base image name`,
  },
  create(ctx) {
    const { messages } = this;
    return {
      FROM({ from, onbuild }) {
        if (onbuild || !from) return;
        const image = from.image;
        const range = from.imageRange;
        if (!image || !range || !image.includes('$')) return;
        const expanded = expandWord(ctx.doc.getText(range), ctx.globalArgs(), ctx.escapeChar).result;
        if (ctx.stages.some((s) => s.name === expanded.toLowerCase())) return;
        if (!VALID_REF.test(expanded)) ctx.report({ range, message: messages.invalid(image) });
      },
    };
  },
});
