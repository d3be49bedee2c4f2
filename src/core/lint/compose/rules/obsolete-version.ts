import { DiagnosticTag } from 'vscode-languageserver-types';
import { defineRule, type ComposeContext } from '../context';
import { docsUrl } from '../../rule';

export const obsoleteVersion = defineRule({
  id: 'obsolete-version',
  aliases: ['no-version-field'],
  docs: {
    description: 'The top-level `version` is obsolete: compose ignores it and warns.',
    url: docsUrl('obsolete-version'),
  },
  severity: 'warning',
  tags: ['deprecated'],
  fixable: true,
  messages: { obsolete: () => '`version` is obsolete and ignored by compose; remove it' },
  create: (ctx: ComposeContext) => ({
    check() {
      const v = ctx.model.top.find((e) => e.key === 'version' && !e.merged);
      if (!v) return;
      const doc = ctx.document;
      // a parsed node always has its range
      const [keyStart = 0, keyEnd = keyStart] = v.keyNode.range ?? [];
      const start = doc.positionAt(keyStart);
      const endOffset = v.value?.range?.[1] ?? keyEnd;
      const endLine = doc.positionAt(endOffset).line + 1;
      const removal = { start: { line: start.line, character: 0 }, end: { line: endLine, character: 0 } };
      ctx.report({
        range: ctx.range(v.keyNode),
        message: obsoleteVersion.messages.obsolete(),
        tags: [DiagnosticTag.Unnecessary],
        fix: { title: 'Remove `version`', edits: [{ range: removal, newText: '' }] },
      });
    },
  }),
});
