import { isMap } from '../../../compose/yamlNodes';
import { defineRule, type ComposeContext } from '../context';
import { docsUrl } from '../../rule';

// compose-go: "empty compose file" when the loaded mapping has no key (nothing, only comments, `{}`). An override
// file is merged with its base before that check, so an empty override next to a known base is accepted.
export const emptyFile = defineRule({
  id: 'empty-file',
  aliases: [],
  docs: {
    description: 'A compose file needs at least one top-level key: compose refuses an empty (or comment-only) file.',
    url: docsUrl('empty-file'),
  },
  severity: 'error',
  messages: {
    empty: () => 'the file is empty: compose refuses a compose file without any top-level key',
  },
  create: (ctx: ComposeContext) => ({
    check() {
      const { doc, parsed } = ctx.model;
      if (parsed.problems.some((p) => p.kind === 'syntax')) return;
      const c = doc.contents;
      const empty = c === null || (isMap(c) && c.items.length === 0) || (c as { value?: unknown }).value === null;
      if (!empty || ctx.project.bases?.length) return;
      const text = ctx.document.getText();
      const eol = text.search(/\r?\n/);
      ctx.report({ range: ctx.range([0, eol === -1 ? text.length : eol]), message: emptyFile.messages.empty() });
    },
  }),
});
