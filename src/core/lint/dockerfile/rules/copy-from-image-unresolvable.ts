import { docsUrl } from '../../rule';
import { defineRule } from '../model';
import { looksLikeImage } from './copy-from-unknown-stage';
import { normalizeRef, PULL_COMMAND } from './image-not-present';

export default defineRule({
  id: 'copy-from-image-unresolvable',
  aliases: [],
  severity: 'info',
  docs: {
    description: 'COPY --from=<image> names an image that is not on the engine; the build must pull it (engine-aware).',
    details:
      '`COPY --from=<image>` copies out of an image. When the engine does not have that image, the build has to pull it; if the reference has a typo, the build fails late. Checked only when the engine is reachable. "Pull image" fetches it now.\n\nBad (image not on the engine): `COPY --from=nginx:1.27-alpnie /etc/nginx/nginx.conf /etc/nginx/`\n\nGood: `COPY --from=nginx:1.27-alpine /etc/nginx/nginx.conf /etc/nginx/`',
    url: docsUrl('copy-from-image-unresolvable'),
  },
  messages: {
    absent: (ref: string) => `COPY --from image '${ref}' is not present on the engine; the build will try to pull it`,
  },
  create(ctx) {
    const { messages } = this;
    const imagePresent = ctx.facts?.imagePresent?.bind(ctx.facts);
    return {
      COPY({ fromFlag: flag, onbuild }) {
        if (onbuild || !imagePresent) return;
        const v = flag?.getValue();
        if (!flag || !v || !looksLikeImage(v) || v.includes('$')) return;
        const ref = normalizeRef(v);
        const range = flag.getValueRange() ?? flag.getRange();
        ctx.defer(async () => {
          if ((await imagePresent(ref)) === false)
            ctx.report({
              range,
              message: messages.absent(ref),
              commands: [{ title: `Pull image ${ref}`, command: PULL_COMMAND, arguments: [ref] }],
            });
        });
      },
    };
  },
});
