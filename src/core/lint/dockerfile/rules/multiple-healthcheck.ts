import { DiagnosticTag } from 'vscode-languageserver-types';
import { docsUrl } from '../../rule';
import { earlierOnesOfStage } from '../helpers';
import { defineRule } from '../model';

export default defineRule({
  id: 'multiple-healthcheck',
  aliases: ['DL3012', 'MultipleInstructionsDisallowed'],
  severity: 'error',
  docs: {
    description: 'Only the last HEALTHCHECK of a stage takes effect; earlier ones are dead code.',
    details:
      'Only the last HEALTHCHECK of a stage takes effect; earlier ones are silently ignored.\n\nBad:\n```dockerfile\nFROM alpine\nHEALTHCHECK CMD a\nHEALTHCHECK CMD b\n```\nGood:\n```dockerfile\nFROM alpine\nHEALTHCHECK CMD b\n```',
    url: docsUrl('multiple-healthcheck'),
  },
  messages: {
    multiple: () =>
      'Multiple `HEALTHCHECK` instructions found. If you list more than one `HEALTHCHECK` then only the last `HEALTHCHECK` will take effect',
  },
  create(ctx) {
    const { messages } = this;
    return earlierOnesOfStage('HEALTHCHECK', (n) =>
      ctx.report({ range: n.inst.getRange(), message: messages.multiple(), tags: [DiagnosticTag.Unnecessary] }),
    );
  },
});
