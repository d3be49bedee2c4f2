import { str } from '../../../compose/yamlNodes';
import { PULL_COMMAND } from '../../dockerfile/rules/image-not-present';
import { defineRule, type ComposeContext } from '../context';
import { docsUrl } from '../../rule';
import { withDeadline } from '../facts';
import { services } from '../walk';

// `pull_policy: never` without the image is pull-never-image-absent's (an error); `build` makes the image here
const SILENT_POLICIES = new Set(['never', 'build']);

export const imageNotLocal = defineRule({
  id: 'image-not-local',
  aliases: [],
  docs: {
    description:
      'A service image that is not on the engine and has no `build`: `compose up` pulls it first (engine-aware).',
    details:
      'Checked only when the engine answers. The quick fix "Pull image" pulls it now, so a typo in the name shows at once and the first `up` does not wait for the download.\n\n```yaml\nservices:\n  cache:\n    image: redis:7   # not pulled yet\n```',
    url: docsUrl('image-not-local'),
  },
  severity: 'info',
  tags: ['engine'],
  messages: {
    absent: (image: string) =>
      `image \`${image}\` is not on the engine and the service has no \`build\`: \`compose up\` will pull it`,
  },
  create: (ctx: ComposeContext) => ({
    async engine() {
      const facts = ctx.facts;
      const imagePresent = facts?.imagePresent?.bind(facts);
      if (!imagePresent) return;
      await Promise.all(
        services(ctx).map(async (s) => {
          if (s.keys.has('build') || SILENT_POLICIES.has(str(s.keys.get('pull_policy')?.value) ?? '')) return;
          const e = s.keys.get('image');
          const image = str(e?.value)?.trim();
          if (!e?.value || !image || image.includes('$')) return;
          if ((await withDeadline(imagePresent(image))) !== false) return;
          ctx.report({
            range: ctx.range(e.value),
            message: imageNotLocal.messages.absent(image),
            commands: [{ title: `Pull image ${image}`, command: PULL_COMMAND, arguments: [image] }],
          });
        }),
      );
    },
  }),
});
