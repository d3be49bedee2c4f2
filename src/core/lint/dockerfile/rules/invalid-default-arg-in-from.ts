import { docsUrl } from '../../rule';
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
    const defaults = new Map<string, string>();
    for (const a of ctx.dockerfile.getInitialARGs()) {
      const p = a.getProperty();
      if (p) defaults.set(p.getName(), p.getValue() ?? '');
    }
    const expand = (s: string) =>
      s.replace(
        /\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
        (
          _m,
          braced: string | undefined,
          op: string | undefined,
          word: string | undefined,
          bare: string | undefined,
        ) => {
          const v = defaults.get((braced ?? bare)!) ?? '';
          if (op === '-') return v || (word ?? '');
          if (op === '+') return v ? (word ?? '') : '';
          return v;
        },
      );
    return {
      FROM({ from, onbuild }) {
        if (onbuild || !from) return;
        const image = from.image;
        const range = from.imageRange;
        if (!image || !range || !image.includes('$')) return;
        const expanded = expand(image);
        if (ctx.stages.some((s) => s.name === expanded.toLowerCase())) return;
        if (!VALID_REF.test(expanded)) ctx.report({ range, message: messages.invalid(image) });
      },
    };
  },
});
