import { DiagnosticTag } from 'vscode-languageserver-types';
import { docsUrl } from '../../rule';
import { earlierOnesOfStage } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'multiple-entrypoint',
  aliases: ['DL4004', 'MultipleInstructionsDisallowed'],
  severity: 'error',
  docs: {
    description: 'Only the last ENTRYPOINT of a stage takes effect; earlier ones are dead code.',
    details:
      'Only the last ENTRYPOINT of a stage takes effect; earlier ones are silently ignored.\n\nBad:\n```dockerfile\nFROM alpine\nENTRYPOINT ["a"]\nENTRYPOINT ["b"]\n```\nGood:\n```dockerfile\nFROM alpine\nENTRYPOINT ["b"]\n```',
    url: docsUrl('multiple-entrypoint'),
  },
  messages: {
    multiple: () =>
      'Multiple `ENTRYPOINT` instructions found. If you list more than one `ENTRYPOINT` then only the last `ENTRYPOINT` will take effect',
  },
  create(ctx) {
    const { messages } = this;
    return earlierOnesOfStage('ENTRYPOINT', (n) =>
      ctx.report({ range: n.inst.getRange(), message: messages.multiple(), tags: [DiagnosticTag.Unnecessary] }),
    );
  },
});
