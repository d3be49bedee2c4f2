import { DiagnosticTag } from 'vscode-languageserver-types';
import { docsUrl } from '../../rule';
import { defineRule, type Node } from '../model';

export default defineRule({
  id: 'multiple-cmd',
  aliases: ['DL4003', 'MultipleInstructionsDisallowed'],
  severity: 'warning',
  docs: {
    description: 'Only the last CMD of a stage takes effect; earlier ones are dead code.',
    details: 'Bad:\n```dockerfile\nFROM alpine\nCMD ["a"]\nCMD ["b"]\n```',
    url: docsUrl('multiple-cmd'),
  },
  messages: { multiple: () => 'Multiple `CMD` instructions found. If you list more than one `CMD` then only the last `CMD` will take effect' },
  create(ctx) {
    const { messages } = this;
    let seen: Node[] = [];
    const flush = () => {
      for (const n of seen.slice(0, -1)) ctx.report({ range: n.inst.getRange(), message: messages.multiple(), tags: [DiagnosticTag.Unnecessary] });
      seen = [];
    };
    return {
      FROM: ({ onbuild }) => { if (!onbuild) flush(); },
      CMD: (node) => { if (!node.onbuild) seen.push(node); },
      end: flush,
    };
  },
});
