import { defineRule, type ComposeContext } from '../context';
import { reportReference } from '../references';
import { mergedService } from '../merged';
import { services } from '../walk';
import { docsUrl } from '../../rule';

const COMPLETE = ['image', 'build', 'extends', 'provider'];

export const missingImageOrBuild = defineRule({
  id: 'missing-image-or-build',
  aliases: [],
  docs: {
    description: 'A service needs `image` or `build` (or `extends` a service that has one).',
    url: docsUrl('missing-image-or-build'),
  },
  severity: 'error',
  messages: { missing: (service: string) => `service \`${service}\` has neither \`image\` nor \`build\`` },
  create: (ctx: ComposeContext) => ({
    check() {
      const isOverride = ctx.project.external.service.size > 0;
      for (const s of services(ctx)) {
        if (s.keys.has('image') || s.keys.has('build') || s.keys.has('extends') || s.keys.has('provider')) continue;
        // an override file may complete a service declared in its base file: judged on the merged service when the
        // base was read, else on the name alone
        const merged = mergedService(ctx, s);
        if (merged ? COMPLETE.some((k) => k in merged) : isOverride && ctx.project.external.service.has(s.name))
          continue;
        reportReference(ctx, {
          range: ctx.range(s.decl.entry.keyNode),
          message: missingImageOrBuild.messages.missing(s.name),
        });
      }
    },
  }),
});
