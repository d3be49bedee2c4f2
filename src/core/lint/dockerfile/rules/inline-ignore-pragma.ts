import { docsUrl } from '../../rule';
import { defineRule } from '../model';

export default defineRule({
  id: 'inline-ignore-pragma',
  aliases: ['DL1001'],
  severity: 'off',
  docs: {
    description: 'Refrain from inline ignore pragmas (`# hadolint ignore=…`); configure ignores centrally. Off by default.',
    details: 'Enable it to keep exceptions in `.hadolint.yaml` or settings instead of scattered comments.',
    url: docsUrl('inline-ignore-pragma'),
  },
  messages: { pragma: () => 'Please refrain from using inline ignore pragmas `# hadolint ignore=DLxxxx`.' },
  create(ctx) {
    const { messages } = this;
    return {
      end() {
        for (const c of ctx.dockerfile.getComments()) {
          if (/^hadolint\s+ignore\s*=/i.test(c.getContent().trim())) ctx.report({ range: c.getRange(), message: messages.pragma() });
        }
      },
    };
  },
});
