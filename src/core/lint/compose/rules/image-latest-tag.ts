import { str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { services } from '../walk';
import { docsUrl } from '../../rule';

export const imageLatestTag = defineRule({
  id: 'image-latest-tag',
  aliases: ['service-image-require-explicit-tag'],
  docs: {
    description: 'Pin images to an explicit tag (or digest) instead of an implicit or explicit `latest`.',
    url: docsUrl('image-latest-tag'),
  },
  severity: 'warning',
  messages: {
    untagged: (image: string) =>
      `image \`${image}\` has no tag, so it means \`latest\`, which changes under you; pin a version`,
    latest: (image: string) => `image \`${image}\` uses \`latest\`, which changes under you; pin a version`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const s of services(ctx)) {
        // with `build`, `image` names the result of the build
        if (s.keys.has('build')) continue;
        const e = s.keys.get('image');
        const image = str(e?.value);
        if (!e?.value || !image || image.includes('$') || image.includes('@')) continue;
        const tag = tagOf(image);
        if (tag === undefined)
          ctx.report({ range: ctx.range(e.value), message: imageLatestTag.messages.untagged(image) });
        else if (tag === 'latest')
          ctx.report({ range: ctx.range(e.value), message: imageLatestTag.messages.latest(image) });
      }
    },
  }),
});

export function tagOf(ref: string): string | undefined {
  const last = ref.slice(ref.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  return colon === -1 ? undefined : last.slice(colon + 1);
}
