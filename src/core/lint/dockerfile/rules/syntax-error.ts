import { Keyword } from 'dockerfile-ast';
import { DiagnosticSeverity } from 'vscode-languageserver-types';
import { nearestWord } from '../../editDistance';
import { docsUrl, messageText } from '../../rule';
import { defineRule } from '../model';
import { validatorDiagnostics, ValidationCode } from '../validator';

/** Validator codes reported by other rules (they carry the BuildKit/hadolint alias and a fix). */
export const CLAIMED_CODES = new Set<number>([
  ValidationCode.EMPTY_CONTINUATION_LINE,
  ValidationCode.ONBUILD_CHAINING_DISALLOWED,
  ValidationCode.ONBUILD_TRIGGER_DISALLOWED,
  ValidationCode.DUPLICATE_BUILD_STAGE_NAME,
]);

export default defineRule({
  id: 'syntax-error',
  aliases: [],
  severity: 'error',
  docs: {
    description:
      'The Docker parser rejects this: unknown instruction, wrong arguments, bad flags or values, invalid JSON form.',
    details:
      "Reported by the same checks `docker build` applies before running anything (dockerfile-utils' validator).\n\nBad:\n```dockerfile\nEXPOSE 80/tcpx\nHEALTHCHECK --interval=5 CMD true\n```\nGood:\n```dockerfile\nEXPOSE 80/tcp\nHEALTHCHECK --interval=5s CMD true\n```",
    url: docsUrl('syntax-error'),
  },
  fixable: true,
  messages: {
    unknown: (text: string, suggestion: string) => `${text} — did you mean ${suggestion}?`,
  },
  create(ctx) {
    const { messages } = this;
    return {
      end() {
        const hasInstructions = ctx.dockerfile.getInstructions().length > 0;
        for (const d of validatorDiagnostics(ctx.doc, ctx.dockerfile)) {
          const code = typeof d.code === 'number' ? d.code : -1;
          if (CLAIMED_CODES.has(code)) continue;
          // instruction order is instruction-order (DL3061); an empty file is still a syntax error
          if (code === ValidationCode.NO_SOURCE_IMAGE && hasInstructions) continue;
          // COPY's multi-source destination is copy-multiple-sources-slash (DL3021, with a fix)
          if (
            code === ValidationCode.INVALID_DESTINATION &&
            /^\s*copy\b/i.test(
              ctx.doc.getText({ start: { line: d.range.start.line, character: 0 }, end: d.range.start }),
            )
          )
            continue;
          // `EXPOSE ip:host:container` builds (with a warning): expose-invalid-format (ExposeInvalidFormat) reports it
          if (code === ValidationCode.INVALID_PORT && ctx.doc.getText(d.range).includes(':')) continue;
          const suggestion =
            code === ValidationCode.UNKNOWN_INSTRUCTION ? misspelt(ctx.doc.getText(d.range)) : undefined;
          ctx.report({
            range: d.range,
            message: suggestion ? messages.unknown(messageText(d), suggestion) : messageText(d),
            ...(d.severity === DiagnosticSeverity.Warning ? { severity: 'warning' as const } : {}),
            ...(suggestion
              ? { fix: { title: `Change to ${suggestion}`, edits: [{ range: d.range, newText: suggestion }] } }
              : {}),
          });
        }
      },
    };
  },
});

/** The instruction a misspelt keyword was meant to be, in the casing it was typed in (all lower stays lower). */
function misspelt(word: string): string | undefined {
  const keyword = nearestWord(word, Object.values(Keyword));
  return keyword && word === word.toLowerCase() ? keyword.toLowerCase() : keyword;
}
