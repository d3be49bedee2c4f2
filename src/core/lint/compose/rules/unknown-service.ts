import { defineRule, type ComposeContext } from '../context';
import { reportReference } from '../references';
import { suggest } from './compose-schema';
import { docsUrl } from '../../rule';

export const unknownService = defineRule({
  id: 'unknown-service',
  aliases: [],
  docs: {
    description:
      '`depends_on`, `links`, `volumes_from`, `extends` and `network_mode: service:` must name a service of the project.',
    url: docsUrl('unknown-service'),
  },
  severity: 'error',
  fixable: true,
  messages: {
    unknown: (via: string, name: string, suggestion?: string) =>
      `${via} refers to \`${name}\`, which is not a service of this project${suggestion ? ` — did you mean \`${suggestion}\`?` : ''}`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      const { model, project } = ctx;
      const names = model.decls.service.map((d) => d.name);
      const known = new Set(names);
      for (const ref of model.refs) {
        if (ref.kind !== 'service') continue;
        if (known.has(ref.name) || project.external.service.has(ref.name)) continue;
        const suggestion = suggest(ref.name, names);
        const at = { node: ref.node, ...(ref.sub ? { sub: ref.sub } : {}) };
        reportReference(ctx, {
          ...(suggestion
            ? { fix: { title: `Change to \`${suggestion}\``, edits: [{ range: ctx.range(at), newText: suggestion }] } }
            : undefined),
          range: ctx.range(at),
          message: unknownService.messages.unknown(`\`${ref.via}\``, ref.name, suggestion),
        });
      }
    },
  }),
});
