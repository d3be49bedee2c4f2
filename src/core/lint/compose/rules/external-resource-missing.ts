import { resolveKnown } from '../../../compose/interpolation';
import { get, isMap, str } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { withDeadline } from '../facts';
import { resources } from '../walk';
import { docsUrl } from '../../rule';

export const externalResourceMissing = defineRule({
  id: 'external-resource-missing',
  aliases: [],
  docs: {
    description: 'An `external` network or volume must already exist on the engine; `up` fails otherwise.',
    url: docsUrl('external-resource-missing'),
  },
  severity: 'error',
  tags: ['engine'],
  messages: {
    missing: (kind: 'network' | 'volume', name: string) =>
      `external ${kind} \`${name}\` does not exist on the engine; create it first (docker ${kind} create ${name})`,
  },
  create: (ctx: ComposeContext) => ({
    async engine() {
      const facts = ctx.facts;
      if (!facts) return;
      const jobs: Promise<void>[] = [];
      for (const kind of ['network', 'volume'] as const) {
        for (const { decl, keys } of resources(ctx, kind)) {
          const ext = keys.get('external');
          if (!ext) continue;
          // the legacy form `external: {name: …}` names the engine resource itself
          const legacy = isMap(ext.value) ? str(get(ctx.model.doc, ext.value, 'name')?.value) : undefined;
          if (!isMap(ext.value) && str(ext.value) !== 'true') continue;
          const name = resolveKnown(legacy ?? str(keys.get('name')?.value) ?? decl.name, ctx.project.env);
          if (!name) continue;
          jobs.push(
            (async () => {
              const exists =
                kind === 'network'
                  ? await withDeadline(facts.networkExists?.(name))
                  : await withDeadline(facts.volume?.(name)).then((v) => (v === undefined ? undefined : v !== null));
              if (exists === false)
                ctx.report({
                  range: ctx.range(ext.keyNode),
                  message: externalResourceMissing.messages.missing(kind, name),
                });
            })(),
          );
        }
      }
      await Promise.all(jobs);
    },
  }),
});
