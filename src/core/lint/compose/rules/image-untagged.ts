import { defineRule, type ComposeContext } from '../context';
import { pulledImages, tagOf } from './image-latest-tag';
import { docsUrl } from '../../rule';

export const imageUntagged = defineRule({
  id: 'image-untagged',
  aliases: ['service-image-require-explicit-tag'],
  docs: {
    description: 'An image without a tag means `latest`: pin a version (or a digest). Off by default.',
    details:
      "`image: redis` pulls whatever `redis:latest` is at the time, so two machines can run different versions of the same stack. Off by default: untagged images are the idiom of sample stacks and development setups, where following the newest release is the point. Turn it on for stacks that must be reproducible; [image-latest-tag](image-latest-tag.md) reports an explicit `:latest` by default. Like dclint's `service-image-require-explicit-tag` for a missing tag (its list of floating tags such as `stable` is not followed).\n\n```yaml\nservices:\n  cache:\n    image: redis        # reported when on\n    # image: redis:7.4  # pinned\n```",
    url: docsUrl('image-untagged'),
  },
  severity: 'off',
  messages: {
    untagged: (image: string) =>
      `image \`${image}\` has no tag, so it means \`latest\`, which changes under you; pin a version`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const { image, value } of pulledImages(ctx))
        if (tagOf(image) === undefined)
          ctx.report({ range: ctx.range(value), message: imageUntagged.messages.untagged(image) });
    },
  }),
});
