import { defineRule, type ComposeContext } from '../context';
import { services } from '../walk';
import { docsUrl } from '../../rule';

export const buildImagePullPolicy = defineRule({
  id: 'build-image-pull-policy',
  aliases: [],
  docs: {
    description:
      'With both `build` and `image`, compose first tries to pull `image`; say what you mean with `pull_policy`.',
    url: docsUrl('build-image-pull-policy'),
  },
  severity: 'info',
  messages: {
    ambiguous: (service: string) =>
      `service \`${service}\` has \`build\` and \`image\` but no \`pull_policy\`: \`up\` tries to pull the image before building; set \`pull_policy: build\` (always build) or \`missing\``,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const s of services(ctx)) {
        const image = s.keys.get('image');
        if (image && s.keys.has('build') && !s.keys.has('pull_policy'))
          ctx.report({ range: ctx.range(image.keyNode), message: buildImagePullPolicy.messages.ambiguous(s.name) });
      }
    },
  }),
});
