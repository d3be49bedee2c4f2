import { docsUrl } from '../../rule';
import { defineRule } from '../model';

/** Reference as the engine names it: `alpine` → `alpine:latest`. */
export function normalizeRef(image: string): string {
  if (image.includes('@')) return image;
  const lastSlash = image.lastIndexOf('/');
  return image.slice(lastSlash + 1).includes(':') ? image : `${image}:latest`;
}

export const PULL_COMMAND = 'stevedore.lint.pullImage';

export default defineRule({
  id: 'image-not-present',
  aliases: [],
  severity: 'info',
  docs: {
    description: 'The FROM image is not present on the connected engine; the build will pull it (engine-aware).',
    details:
      'The base image is not on the connected engine, so the next build starts with a pull (and fails offline or on a typo). Checked only when the engine is reachable. The quick fix "Pull image" pulls it now.\n\nBad (not pulled yet): `FROM node:20-alpine`\n\nGood: `FROM node:20-alpine` after `docker pull node:20-alpine`, or an image already on the engine',
    url: docsUrl('image-not-present'),
  },
  messages: { absent: (ref: string) => `Image '${ref}' is not present on the engine; the build will pull it` },
  create(ctx) {
    const { messages } = this;
    const imagePresent = ctx.facts?.imagePresent?.bind(ctx.facts);
    return {
      FROM({ from, stage, onbuild }) {
        if (onbuild || !imagePresent || !from || stage?.fromStage) return;
        const image = from.image;
        const range = from.imageRange;
        if (!image || !range || image.includes('$') || image.toLowerCase() === 'scratch') return;
        const ref = normalizeRef(image);
        ctx.defer(async () => {
          if ((await imagePresent(ref)) === false) {
            ctx.report({
              range,
              message: messages.absent(ref),
              commands: [{ title: `Pull image ${ref}`, command: PULL_COMMAND, arguments: [ref] }],
            });
          }
        });
      },
    };
  },
});
