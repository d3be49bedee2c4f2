import { docsUrl } from '../../rule';
import { defineRule } from '../model';

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
        for (const c of ctx.dockerfile.getComments()) {
          if (/^hadolint\s+ignore\s*=/i.test(c.getContent().trim()))
            ctx.report({ range: c.getRange(), message: messages.pragma() });
        }
      },
    };
  },
});
