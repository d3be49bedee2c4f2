import { DiagnosticTag } from 'vscode-languageserver-types';
import { docsUrl } from '../../rule';
import { earlierOnesOfStage } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'multiple-cmd',
  aliases: ['DL4003', 'MultipleInstructionsDisallowed'],
  severity: 'warning',
  docs: {
    description: 'Only the last CMD of a stage takes effect; earlier ones are dead code.',
    details:
      'Only the last CMD of a stage takes effect; earlier ones are silently ignored, which is rarely what the author meant.\n\nBad:\n```dockerfile\nFROM alpine\nCMD ["a"]\nCMD ["b"]\n```\nGood:\n```dockerfile\nFROM alpine\nCMD ["b"]\n```',
    url: docsUrl('multiple-cmd'),
  },
  messages: {
    multiple: () =>
      'Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect',
  },
  create(ctx) {
    const { messages } = this;
    return earlierOnesOfStage('CMD', (n) =>
      ctx.report({ range: n.inst.getRange(), message: messages.multiple(), tags: [DiagnosticTag.Unnecessary] }),
    );
  },
});
