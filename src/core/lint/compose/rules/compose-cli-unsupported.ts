import { entries, type Entry } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { withDeadline } from '../facts';
import { services } from '../walk';
import { docsUrl } from '../../rule';

/** Keys docker-compose 1.x refuses (its schema has no place for them): the file fails before anything runs. */
function v1Rejects(ctx: ComposeContext): { entry: Entry; key: string }[] {
  const found = ctx.model.top
    .filter((e) => !e.merged && (e.key === 'name' || e.key === 'include'))
    .map((entry) => ({ entry, key: entry.key }));
  for (const s of services(ctx)) {
    const deps = s.keys.get('depends_on');
    for (const dep of entries(ctx.model.doc, deps?.value))
      for (const opt of entries(ctx.model.doc, dep.value))
        if (opt.key === 'restart' || opt.key === 'required')
          found.push({ entry: opt, key: `depends_on.${dep.key}.${opt.key}` });
  }
  return found;
}

export const composeCliUnsupported = defineRule({
  id: 'compose-cli-unsupported',
  aliases: [],
  docs: {
    description:
      'The compose CLI that runs this file (docker-compose 1.x) rejects top-level `name` and `include` and `depends_on.<service>.restart`/`required`; the file fails before anything starts.',
    url: docsUrl('compose-cli-unsupported'),
  },
  severity: 'warning',
  tags: ['engine'],
  messages: {
    rejected: (key: string, version: string) =>
      `\`${key}\` is rejected by docker-compose ${version}, the compose CLI here; ${
        key === 'name' ? 'remove it (the project name comes from the folder or -p)' : 'remove it'
      } or install Compose v2`,
  },
  create: (ctx: ComposeContext) => ({
    async engine() {
      if (!ctx.facts?.composeCli) return;
      const found = v1Rejects(ctx);
      if (!found.length) return;
      const cli = await withDeadline(ctx.facts.composeCli());
      if (!cli || cli.v2) return;
      for (const f of found)
        ctx.report({
          range: ctx.range(f.entry.keyNode),
          message: composeCliUnsupported.messages.rejected(f.key, cli.version),
        });
    },
  }),
});
