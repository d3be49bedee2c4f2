import { eachMap, isMap, isMergeKey, isSeq, resolve, type Node } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { docsUrl } from '../../rule';

export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  aliases: [],
  docs: { description: 'The file must be valid YAML (one document).', url: docsUrl('yaml-syntax') },
  severity: 'error',
  messages: {
    syntax: (detail: string) => `YAML: ${detail}`,
    mergeSource: () => 'YAML: a merge key `<<` takes a mapping or a list of mappings',
  },
  create: (ctx: ComposeContext) => ({
    check() {
      for (const p of ctx.model.parsed.problems)
        if (p.kind === 'syntax')
          ctx.report({ range: ctx.range(p.offset), message: yamlSyntax.messages.syntax(p.message) });
      // compose-go (like YAML's merge spec): "map merge requires map"
      const { doc } = ctx.model;
      eachMap(doc.contents, (map) => {
        for (const pair of map.items) {
          if (!isMergeKey(pair.key) || !pair.value) continue;
          const v = resolve(doc, pair.value);
          const ok = isMap(v) || (isSeq(v) && v.items.every((i) => isMap(resolve(doc, i))));
          if (!ok) ctx.report({ range: ctx.range(pair.value as Node), message: yamlSyntax.messages.mergeSource() });
        }
      });
    },
  }),
});
