import { docsUrl } from '../../rule';
import { defineRule } from '../model';
import { validatorDiagnostics, ValidationCode } from '../validator';

export default defineRule({
  id: 'no-empty-continuation',
  aliases: ['NoEmptyContinuation'],
  severity: 'warning',
  fixable: true,
  docs: {
    description: 'Empty lines inside a continued instruction are deprecated and will become an error.',
    details:
      'An empty line inside a continued instruction is skipped by the parser, but BuildKit warns and a future version may reject it; it usually hides a stray blank line in a long RUN.\n\nBad:\n```dockerfile\nRUN apk add \\\n\n    curl\n```\nGood:\n```dockerfile\nRUN apk add \\\n    curl\n```',
    url: docsUrl('no-empty-continuation'),
  },
  messages: { empty: () => 'Empty continuation line' },
  create(ctx) {
    const { messages } = this;
    return {
      end() {
        for (const d of validatorDiagnostics(ctx.doc, ctx.dockerfile)) {
          if (d.code !== ValidationCode.EMPTY_CONTINUATION_LINE) continue;
          const line = d.range.start.line;
          const range = { start: { line, character: 0 }, end: { line: line + 1, character: 0 } };
          ctx.report({
            range: d.range,
            message: messages.empty(),
            fix: { title: 'Remove empty line', edits: [{ range, newText: '' }] },
          });
        }
      },
    };
  },
});
