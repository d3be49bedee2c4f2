import { eachMap, isMergeKey, isScalar, type Node } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { docsUrl } from '../../rule';

// compose-go converts every mapping key to a string and refuses the file when one is not ("non-string key in
// services: 123"): a number, boolean, null or collection as a key, anywhere (extensions included).
export const nonStringKey = defineRule({
  id: 'non-string-key',
  aliases: [],
  docs: {
    description: 'Every mapping key must be a string: compose refuses `123:` or `true:` as a key; quote it.',
    details: '```yaml\nservices:\n  123:            # a number: write "123"\n    image: busybox\n```',
    url: docsUrl('non-string-key'),
  },
  severity: 'error',
  fixable: true,
  messages: {
    key: (shown: string, type: string) => `key \`${shown}\` is ${type}, not a string: compose refuses it; quote it`,
  },
  create: (ctx: ComposeContext) => ({
    check() {
      const { doc } = ctx.model;
      if (ctx.model.parsed.problems.some((p) => p.kind === 'syntax')) return;
      const report = (key: Node | null) => {
        const [s, e] = key?.range ? [key.range[0], key.range[1]] : [0, 0];
        const src = ctx.document.getText().slice(s, e);
        const type = isScalar(key) ? typeName(key.value) : 'a collection';
        const fix =
          isScalar(key) && key.type === 'PLAIN' && src
            ? { title: `Quote \`${src}\``, edits: [{ range: ctx.range([s, e]), newText: `"${src}"` }] }
            : undefined;
        ctx.report({
          ...(fix ? { fix } : undefined),
          range: ctx.range([s, e]),
          message: nonStringKey.messages.key(src || 'null', type),
        });
      };
      eachMap(doc.contents, (map) => {
        for (const pair of map.items) {
          const key = pair.key as Node | null;
          if (isMergeKey(key)) continue;
          if (isScalar(key) ? typeof key.value !== 'string' : true) report(key);
        }
      });
    },
  }),
});

function typeName(v: unknown): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number' || typeof v === 'bigint') return 'a number';
  if (typeof v === 'boolean') return 'a boolean';
  return 'not a string';
}
