import { From } from '../ast';
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
    details: 'Checked only when the engine is reachable. The quick fix "Pull image" pulls it now, so the first build does not wait.',
    url: docsUrl('image-not-present'),
  },
  messages: { absent: (ref: string) => `Image '${ref}' is not present on the engine; the build will pull it` },
  create(ctx) {
    const { messages } = this;
    const facts = ctx.facts;
    return {
      FROM({ inst, stage, onbuild }) {
        if (onbuild || !facts?.imagePresent || !(inst instanceof From) || stage?.fromStage) return;
        const image = inst.getImage();
        const range = inst.getImageRange();
        if (!image || !range || image.includes('$') || image.toLowerCase() === 'scratch') return;
        const ref = normalizeRef(image);
        ctx.defer(async () => {
          if ((await facts.imagePresent!(ref)) === false) {
            ctx.report({ range, message: messages.absent(ref), commands: [{ title: `Pull image ${ref}`, command: PULL_COMMAND, arguments: [ref] }] });
          }
        });
      },
    };
  },
});
