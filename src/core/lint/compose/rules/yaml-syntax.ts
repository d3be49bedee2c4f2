import { eachMap, isMap, isMergeKey, isSeq, resolve, type Node } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { docsUrl } from '../../rule';

/**
 * Syntax errors listed one by one; past this, one more diagnostic counts the rest. A mangled file yields an error
 * per line (23,000 for a 170 KB file), which helps nobody and made the editor's answer megabytes long.
 */
export const MAX_SYNTAX_DIAGNOSTICS = 100;

export const yamlSyntax = defineRule({
  id: 'yaml-syntax',
  aliases: [],
  docs: {
    description: 'The file must be valid YAML (one document).',
    details:
      'Where Stevedore differs from compose: a file whose collections nest more than 200 levels deep is read up to ' +
      'the line where it goes deeper, and that line gets the error "too deeply nested to check". Compose goes further: ' +
      'its YAML reader stops at 10,000 levels; real compose files nest about a dozen.',
    url: docsUrl('yaml-syntax'),
  },
  severity: 'error',
  messages: {
    syntax: (detail: string) => `YAML: ${detail}`,
    mergeSource: () => 'YAML: a merge key `<<` takes a mapping or a list of mappings',
    more: (n: number) => `YAML: ${n} more syntax errors from here on are not listed; fix the ones above first`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      const syntax = ctx.model.parsed.problems.filter((p) => p.kind === 'syntax');
      for (const p of syntax.slice(0, MAX_SYNTAX_DIAGNOSTICS))
        ctx.report({ range: ctx.range(p.offset), message: yamlSyntax.messages.syntax(p.message) });
      const next = syntax[MAX_SYNTAX_DIAGNOSTICS];
      if (next)
        ctx.report({
          range: ctx.range(next.offset),
          message: yamlSyntax.messages.more(syntax.length - MAX_SYNTAX_DIAGNOSTICS),
        });
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
