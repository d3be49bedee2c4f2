import { str, type Node } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { services } from '../walk';
import { docsUrl } from '../../rule';

/** services that pull an image (with `build`, `image` names the result of the build), with its reference */
export function pulledImages(ctx: ComposeContext) {
  const out: { image: string; value: Node }[] = [];
  for (const s of services(ctx)) {
    if (s.keys.has('build')) continue;
    const e = s.keys.get('image');
    const image = str(e?.value);
    // a variable can't be judged offline; a digest pins it
    if (!e?.value || !image || image.includes('$') || image.includes('@')) continue;
    out.push({ image, value: e.value });
  }
  return out;
}

export const imageLatestTag = defineRule({
  id: 'image-latest-tag',
  aliases: [],
  docs: {
    description: 'An image written with the `latest` tag: pin a version (or a digest) instead.',
    details:
      "`image: redis:latest` says in so many words that the stack should take whatever was pushed last. Only an explicit `:latest` is reported: an untagged `image: redis` means the same to the engine, but it is how sample stacks and development setups are written (over a third of maintained compose files have one), so reporting it by default is noise. Turn on [image-untagged](image-untagged.md) for that too (dclint's `service-image-require-explicit-tag`).\n\n```yaml\nservices:\n  cache:\n    image: redis:latest   # reported\n    # image: redis:7.4    # pinned\n```",
    url: docsUrl('image-latest-tag'),
  },
  severity: 'warning',
  messages: {
    latest: (image: string) => `image \`${image}\` uses \`latest\`, which changes under you; pin a version`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const { image, value } of pulledImages(ctx))
        if (tagOf(image) === 'latest')
          ctx.report({ range: ctx.range(value), message: imageLatestTag.messages.latest(image) });
    },
  }),
});

export function tagOf(ref: string): string | undefined {
  const last = ref.slice(ref.lastIndexOf('/') + 1);
  const colon = last.indexOf(':');
  return colon === -1 ? undefined : last.slice(colon + 1);
}
