import { DiagnosticTag } from 'vscode-languageserver-types';
import { docsUrl } from '../../rule';
import { defineRule, type Node } from '../model';

export default defineRule({
  id: 'multiple-healthcheck',
  aliases: ['DL3012', 'MultipleInstructionsDisallowed'],
  severity: 'error',
  docs: {
    description: 'Only the last HEALTHCHECK of a stage takes effect; earlier ones are dead code.',
    details: 'Bad:\n```dockerfile\nFROM alpine\nHEALTHCHECK ["a"]\nHEALTHCHECK ["b"]\n```',
    url: docsUrl('multiple-healthcheck'),
  },
  messages: { multiple: () => 'Multiple `HEALTHCHECK` instructions found. If you list more than one `HEALTHCHECK` then only the last `HEALTHCHECK` will take effect' },
  create(ctx) {
    const { messages } = this;
    let seen: Node[] = [];
    const flush = () => {
      for (const n of seen.slice(0, -1)) ctx.report({ range: n.inst.getRange(), message: messages.multiple(), tags: [DiagnosticTag.Unnecessary] });
      seen = [];
    };
    return {
      FROM: ({ onbuild }) => { if (!onbuild) flush(); },
      HEALTHCHECK: (node) => { if (!node.onbuild) seen.push(node); },
      end: flush,
    };
  },
});
