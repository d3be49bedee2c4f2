import { str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { withDeadline } from '../facts';
import { services } from '../walk';
import { docsUrl } from '../../rule';

export const pullNeverImageAbsent = defineRule({
  id: 'pull-never-image-absent',
  aliases: [],
  docs: {
    description: 'With `pull_policy: never` and no `build`, the image must already be on the engine.',
    url: docsUrl('pull-never-image-absent'),
  },
  severity: 'error',
  tags: ['engine'],
  messages: {
    absent: (image: string) => `image \`${image}\` is not on the engine and \`pull_policy: never\` forbids pulling it`,
  },
  create: (ctx: ComposeContext) => ({
    async engine() {
      const facts = ctx.facts;
      const imagePresent = facts?.imagePresent?.bind(facts);
      if (!imagePresent) return;
      await Promise.all(
        services(ctx).map(async (s) => {
          if (str(s.keys.get('pull_policy')?.value) !== 'never' || s.keys.has('build')) return;
          const e = s.keys.get('image');
          const image = str(e?.value);
          if (!e?.value || !image || image.includes('$')) return;
          if ((await withDeadline(imagePresent(image))) === false)
            ctx.report({ range: ctx.range(e.value), message: pullNeverImageAbsent.messages.absent(image) });
        }),
      );
    },
  }),
});
