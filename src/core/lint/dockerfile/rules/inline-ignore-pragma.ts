import { docsUrl } from '../../rule';
import { defineRule } from '../model';

const PRAGMA = /^\s*#\s*hadolint\s+ignore\s*=/i;

export default defineRule({
  id: 'inline-ignore-pragma',
  aliases: ['DL1001'],
  severity: 'off',
  docs: {
    description:
      'Refrain from inline ignore pragmas (`# hadolint ignore=…`); configure ignores centrally. Off by default.',
    details:
      'Inline `# hadolint ignore=` comments scatter exceptions through the files, where nobody reviews them together. Enable this rule to keep exceptions in `.hadolint.yaml` or the editor settings instead. Off by default.\n\nBad:\n```dockerfile\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\n```\nGood: `ignored: [DL3008]` in .hadolint.yaml',
    url: docsUrl('inline-ignore-pragma'),
  },
  messages: { pragma: () => 'Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.' },
  create(ctx) {
    const { messages } = this;
    return {
      end() {
        // a pragma on the first lines reads like a parser directive to dockerfile-ast (`# hadolint ignore=…`)
        const lines = [
          ...ctx.dockerfile.getDirectives().map((d) => d.getRange()),
          ...ctx.dockerfile.getComments().map((c) => c.getRange()),
        ];
        for (const range of lines) {
          if (PRAGMA.test(ctx.doc.getText(range))) ctx.report({ range, message: messages.pragma() });
        }
      },
    };
  },
});
