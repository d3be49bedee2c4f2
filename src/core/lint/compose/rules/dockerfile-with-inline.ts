import { defineRule, type ComposeContext } from '../context';
import { services, value } from '../walk';
import { docsUrl } from '../../rule';

export const dockerfileWithInline = defineRule({
  id: 'dockerfile-with-inline',
  aliases: [],
  docs: {
    description: '`build.dockerfile` and `build.dockerfile_inline` exclude each other.',
    url: docsUrl('dockerfile-with-inline'),
  },
  severity: 'error',
  messages: {
    both: (service: string) =>
      `service \`${service}\`: \`build\` sets both \`dockerfile\` and \`dockerfile_inline\`; keep one`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const s of services(ctx)) {
        const build = s.keys.get('build')?.value;
        const inline = value(ctx, build, 'dockerfile_inline');
        if (inline && value(ctx, build, 'dockerfile'))
          ctx.report({ range: ctx.range(inline.keyNode), message: dockerfileWithInline.messages.both(s.name) });
      }
    },
  }),
});
